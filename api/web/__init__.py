"""The intake staff's web form: server-rendered Swedish pages, usable without JavaScript."""

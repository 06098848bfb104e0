"""The case-system API, version 1. Every case response carries a case id and model_version."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

import anyio
from fastapi import APIRouter, Body, HTTPException, Response, status

from api.cases import Actor, MunicipalityRequired, NotPermitted
from api.deps import Admin, AnyRole, Integration, ServicesDep
from api.model_loader import ModelUnavailable
from api.presenters import case_out, triage_response
from api.schemas import (
    BatchIn,
    BatchItemError,
    BatchOut,
    CaseOut,
    ErrorOut,
    ModelInfo,
    ProtectionIn,
    ReferralIn,
    ReviewIn,
    TriageResponse,
)
from api.services import Services
from api.storage.repository import AlreadyAssessed, ReviewExists
from api.storage.tables import Case
from triage.cases import ReviewInput
from triage.errors import TextRejected

ERRORS = {
    401: {"model": ErrorOut, "description": "Missing or invalid API key."},
    403: {"model": ErrorOut, "description": "The key's role may not do this."},
}
router = APIRouter(prefix="/api/v1", tags=["api v1"], responses=ERRORS)


def _unavailable(error: ModelUnavailable) -> HTTPException:
    return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(error))


async def triage_one(services: Services, referral: ReferralIn, actor: Actor) -> tuple[Case, bool]:
    """Run the CPU-bound pipeline in a worker thread, at most ``inference_threads`` at once."""
    try:
        case, created = await anyio.to_thread.run_sync(
            services.cases.triage, referral, actor, limiter=services.limiter
        )
    except ModelUnavailable as error:
        raise _unavailable(error) from error
    except NotPermitted as error:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, f"this credential does not serve municipality {error}"
        ) from error
    except MunicipalityRequired as error:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"say which municipality the referral belongs to: one of {error}",
        ) from error
    if created:
        services.metrics.suggestions.labels(case.urgency, case.route).inc()
    return case, created


@router.post(
    "/referrals",
    response_model=TriageResponse,
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": TriageResponse, "description": "Known external_id: the existing case."},
        422: {"description": "Invalid referral (empty, too long, wrong types, unknown fields)."},
        503: {"model": ErrorOut, "description": "No model loaded yet."},
    },
)
async def triage_referral(
    referral: ReferralIn,
    response: Response,
    actor: AnyRole,
    services: ServicesDep,
) -> TriageResponse:
    """Pseudonymise and triage one referral into a case awaiting review."""
    try:
        case, created = await triage_one(services, referral, actor)
    except TextRejected as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from error
    if not created:
        response.status_code = status.HTTP_200_OK
    return triage_response(case, services.cases.deadlines(case), created)


@router.post(
    "/referrals/batch",
    response_model=BatchOut,
    responses={503: {"model": ErrorOut, "description": "No model loaded yet."}},
)
async def triage_batch(
    batch: BatchIn,
    actor: Integration,
    services: ServicesDep,
) -> BatchOut:
    """Triage up to 100 referrals; a bad one is reported, the others still go in."""
    results, errors = [], []
    for index, referral in enumerate(batch.referrals):
        try:
            case, created = await triage_one(services, referral, actor)
        except TextRejected as error:
            errors.append(BatchItemError(index=index, error=str(error)))
            continue
        except HTTPException as error:
            if error.status_code == status.HTTP_503_SERVICE_UNAVAILABLE:
                raise
            errors.append(BatchItemError(index=index, error=str(error.detail)))
            continue
        results.append(triage_response(case, services.cases.deadlines(case), created))
    return BatchOut(
        model_version=services.models.pipeline.model_version, results=results, errors=errors
    )


def _case(services: Services, case_id: str, actor: Actor) -> Case:
    """The case, if it belongs to one of the actor's municipalities (else 404: another
    municipality's cases do not exist for this actor)."""
    case = services.store.case(case_id)
    if case is None or not actor.sees(case):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no case {case_id!r}")
    return case


def _out(services: Services, case: Case) -> CaseOut:
    return case_out(case, services.cases.deadlines(case))


@router.get(
    "/cases/{case_id}",
    response_model=CaseOut,
    responses={404: {"model": ErrorOut, "description": "No such case."}},
)
def get_case(case_id: str, actor: AnyRole, services: ServicesDep) -> CaseOut:
    """A case with its suggestion, deadlines and (once made) the review."""
    return _out(services, _case(services, case_id, actor))


@router.post(
    "/cases/{case_id}/protection-assessment",
    response_model=CaseOut,
    responses={
        404: {"model": ErrorOut, "description": "No such case."},
        409: {"model": ErrorOut, "description": "Already recorded."},
    },
)
def assess_protection(
    case_id: str, assessment: ProtectionIn, actor: AnyRole, services: ServicesDep
) -> CaseOut:
    """Record the protection assessment (skyddsbedömning), due the day the referral came in.
    The decision on the case (the review) counts as it when none was recorded before."""
    case = _case(services, case_id, actor)
    try:
        case = services.cases.assess_protection(case, assessment.immediate_protection, actor)
    except AlreadyAssessed as error:
        raise HTTPException(
            status.HTTP_409_CONFLICT, f"case {case_id} already has a protection assessment"
        ) from error
    return _out(services, case)


@router.post(
    "/cases/{case_id}/review",
    response_model=CaseOut,
    responses={
        404: {"model": ErrorOut, "description": "No such case."},
        409: {"model": ErrorOut, "description": "The case is already reviewed."},
        422: {"description": "Invalid decision, e.g. an override without a reason."},
    },
)
def review_case(
    case_id: str,
    decision: Annotated[ReviewIn, Body()],
    actor: AnyRole,
    services: ServicesDep,
) -> CaseOut:
    """Accept or override the suggestion; kept beside the suggestion for audit and retraining."""
    case = _case(services, case_id, actor)
    if decision.reviewer:
        actor = replace(actor, name=f"{actor.name}/{decision.reviewer}")
    try:
        review = ReviewInput(**decision.model_dump(exclude={"reviewer"}, exclude_none=True))
        services.cases.review(case, review, actor)
    except ReviewExists as error:
        raise HTTPException(
            status.HTTP_409_CONFLICT, f"case {case_id} is already reviewed"
        ) from error
    services.metrics.reviews.labels(decision.decision).inc()
    reviewed = _case(services, case_id, actor)
    if reviewed.review is not None and not reviewed.review.agrees:
        services.metrics.overrides.inc()
    services.refresh_agreement_metrics(reviewed.municipality)
    return _out(services, reviewed)


def _model_info(services: Services) -> ModelInfo:
    try:
        pipeline = services.models.pipeline
    except ModelUnavailable as error:
        raise _unavailable(error) from error
    return ModelInfo(
        model_uri=services.settings.model_uri,
        model_version=pipeline.model_version,
        loaded_at=services.models.loaded_at,
        backend=pipeline.classifier.backend,
    )


@router.get("/model", response_model=ModelInfo, responses={503: {"model": ErrorOut}})
def model_info(_: AnyRole, services: ServicesDep):
    """The model in service."""
    return _model_info(services)


@router.post("/admin/reload-model", response_model=ModelInfo, responses={503: {"model": ErrorOut}})
async def reload_model(_: Admin, services: ServicesDep):
    """Load the model the registry alias points at now (after `triage promote`). Requests in
    flight finish on the old model; the old one stays if loading fails."""
    try:
        await anyio.to_thread.run_sync(services.models.load)
    except ModelUnavailable as error:
        raise _unavailable(error) from error
    services.metrics.model_ready.set(1)
    return _model_info(services)

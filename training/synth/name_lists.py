"""Hand-written name lists for origins Faker lacks or writes in Arabic script.

Common given names and surnames in Latin transliteration as they appear in Swedish
registers and school lists. They are frequent names, not data about any person.
Faker's ``bs_BA`` has no person provider (it falls back to American English names) and
``ar_*``/``fa_IR`` produce Arabic script, so those origins are covered here too.
Each entry: (male first names, female first names, surnames), one string each.
"""

from __future__ import annotations

HAND_LISTS: dict[str, tuple[str, str, str]] = {
    "list:arabic": (
        "Ahmad Ahmed Mohammed Mohamad Muhammad Ali Omar Khaled Hassan Hussein Ibrahim Youssef"
        " Mustafa Karim Samir Tarek Walid Bilal Hamza Jamal Nabil Rami Sami Ziad Fadi Majid"
        " Adnan Amir Anas Bashar Ghassan Hadi Haitham Issa Khalil Mahmoud Marwan Nasser Osama"
        " Rashid Saif Talal Wael Yahya Zakaria Abdallah Abdulrahman Elias Yazan Laith Karam"
        " Tamim Yaman Mazen Hamoudi Jad Nizar",
        "Fatima Aisha Amal Amira Yasmin Layla Leila Noor Nour Rania Rana Salma Hanan Huda Iman"
        " Jana Lina Maryam Mariam Dina Dalia Farah Ghada Hiba Israa Joud Lamar Malak Nadia"
        " Rasha Reem Samira Shaima Sawsan Suha Tala Widad Yara Zainab Zeinab Aya Hala Nisreen"
        " Rahaf Raghad Sidra Bushra Ruqaya Batoul Asmaa",
        "Al-Ahmad Al-Hassan Haddad Khalil Mansour Nasser Saleh Hamdan Abbas Hussein Ibrahim"
        " Khoury Darwish Haidar Jaber Kassem Mahmoud Moussa Najjar Obeid Rahman Sabbagh Shami"
        " Suleiman Taha Youssef Zidan El-Sayed Al-Jabouri Al-Obaidi Al-Rubaie Hamoud Kanaan"
        " Barakat Bakri Halabi Othman Farouk Ghanem Abu-Khalil Al-Tamimi Qassab Hamwi",
    ),
    "list:persian": (
        "Reza Mehdi Hossein Arash Babak Behnam Behrouz Dariush Farhad Farid Hamid Kaveh Kian"
        " Kourosh Masoud Mehran Milad Nima Omid Parsa Payam Pouya Ramin Saeed Shahab Siavash"
        " Sina Soroush Vahid Arman Aria Navid Peyman Shahin Keyvan Bijan",
        "Azadeh Bahar Darya Elham Fariba Golnar Mahsa Mina Nasrin Negar Niloufar Parisa Parvin"
        " Roya Sahar Shirin Simin Soheila Tara Zahra Ziba Hasti Setareh Shiva Mitra Laleh"
        " Nazanin Ava Ayda Golnaz Mahtab Shabnam Yalda",
        "Hosseini Rezaei Mohammadi Jafari Moradi Sadeghi Hashemi Abbasi Kazemi Ghorbani"
        " Tehrani Shirazi Esfahani Najafi Farahani Mousavi Amini Salehi Bagheri Zamani Afshar"
        " Rostami Yazdani Soltani Ebrahimi Ghasemi Heidari Bahrami Firouzi Asadi Khosravi"
        " Nikpour Talebi Vaziri Zarei",
    ),
    "list:afghan": (
        "Mohammad Mustafa Habib Jawad Javid Khalid Mahdi Mujtaba Murtaza Nasir Qasim Rahim"
        " Rahmatullah Sayed Shafiq Sharif Sohrab Wahid Zabihullah Zaher Bashir Hussain Idris"
        " Jamshid Najib Naweed Obaidullah Samiullah Yama Zia Elyas Ahmad Hamid Sultan Asadullah"
        " Ehsan Mansoor Nawid",
        "Fatima Marzia Masooma Nargis Nazifa Parwana Freshta Hadia Hakima Homa Latifa Laila"
        " Mahbooba Malalai Mursal Nilofar Sadia Shakila Sharifa Soraya Tahmina Wahida"
        " Zarghona Zohra Sakina Arezo Madina Khadija Sahar Roya Mahnaz Najiba Samira Shukria",
        "Rahimi Hakimi Sultani Noori Hashimi Karimi Popal Stanikzai Wardak Hussaini Rezai"
        " Sadat Amiri Jalali Hotak Barakzai Durrani Mohmand Safi Niazi Azimi Hamidi Habibi"
        " Mujadidi Qaderi Rasuli Sahak Yousufzai Zazai Akbari Alizada Nazari Rahmani Haidari"
        " Samadi Ahmadzai Noorzai Sharifi",
    ),
    "list:somali": (
        "Abdi Abdirahman Abdullahi Abdiaziz Abdikarim Abdirizak Abdiwali Ahmed Bashir Farah"
        " Hassan Ibrahim Ismail Jama Khalid Liban Mahad Mohamed Mohamud Mukhtar Mustafe Nuur"
        " Omar Osman Qaasim Said Sharmarke Warsame Yusuf Zakariye Guled Hamza Ayanle Abshir"
        " Bile Dahir Faysal Idiris Hamse",
        "Amina Asha Ayaan Deeqa Faadumo Fardowsa Filsan Hamdi Hibo Hodan Hawa Ifrah Idil Iqra"
        " Khadra Fartun Maryan Muna Nasra Naima Nimco Ikran Sagal Sahra Safiya Sucaad Ubah"
        " Warda Zamzam Sabriye Ladan Shukri Sumaya Halima Hinda Ilhan Kaltun Luul Samsam",
        "Abdi Ahmed Aden Farah Hassan Hussein Ibrahim Ismail Jama Mohamed Mohamud Mohamoud Nur"
        " Omar Osman Warsame Yusuf Abdullahi Barre Dahir Egal Elmi Gedi Guled Hirsi Isse"
        " Jibril Keynan Musse Roble Samatar Shire Warfa Yasin Duale Aweys Bulle Gaal",
    ),
    "list:kurdish": (
        "Azad Baran Dilshad Diyar Hawre Hemin Karwan Kawa Kurdo Rebin Rebwar Rezan Rojhat"
        " Serhat Shwan Soran Zana Zirak Aram Ari Bawan Berzan Dara Delan Hunar Jiyan Kamaran"
        " Rawand Sherko Shiwan Saman Ranj Hejar Botan Çiya Agir Welat Hawar Sardar",
        "Avin Berfin Dilan Evin Helin Hevin Jwan Lana Nazdar Nishtiman Rojin Ronahi Rozerin"
        " Sakar Shilan Shirin Zhila Zilan Zozan Hana Kani Lavin Nareen Rojda Sozda Viyan"
        " Dilva Awaz Gulistan Hêvî Jîn Nesrin Peri Sherin Sirwa Chra Bêrivan Dersim",
        "Aziz Amin Bakr Doski Faraj Hamad Hawrami Jaf Karim Kurdi Mustafa Qadir Rasul Rashid"
        " Salih Zebari Baban Berwari Mirza Rahim Saeed Abdulla Barzinji Rekani Surchi"
        " Dizayee Goran Haji Jalal Kaka Marouf Sindi Xoshnaw Hawezi Mahmud Omer Tofiq",
    ),
    "list:tigrinya": (
        "Abraham Aman Amanuel Berhane Biniam Dawit Efrem Filmon Ghirmay Habtom Haile Henok"
        " Kibrom Mehari Merhawi Mulugeta Natnael Robel Semere Senai Tedros Tekle Tesfay"
        " Teklit Yemane Yonas Yohannes Zerai Awet Bereket Eyob Fitsum Goitom Hagos Kidane"
        " Nahom Mussie Samson Tewelde",
        "Abeba Almaz Aster Azieb Bisrat Eden Feven Freweyni Helen Hiwet Luwam Mebrat Meron"
        " Milen Mihret Nebiat Rahel Saba Selam Senait Semhar Tsega Winta Yordanos Yohana"
        " Zewdi Lidia Ariam Delina Eyerus Hermela Mekdes Salina Selamawit Tirhas Kisanet"
        " Rigat Sara",
        "Abraha Asfaha Berhe Debesay Fesehaye Gebremedhin Gebreyesus Ghebremariam Habte"
        " Kahsay Mesfin Negash Okbazghi Russom Teklemariam Tesfamariam Tewolde Weldemichael"
        " Woldu Zemichael Andemariam Bahta Ghebrehiwet Kifle Mebrahtu Measho Okubay Sium Tekie"
        " Zeray Gebru Tsegay Weldu Araya Kesete",
    ),
    "list:bosnian": (
        "Adnan Almir Amar Armin Adis Damir Denis Dino Edin Elvir Emir Emin Haris Harun"
        " Jasmin Kenan Mirza Nedim Nermin Salih Senad Sead Tarik Vedad Zlatan Alen Dženan"
        " Faruk Ismar Kemal Mahir Muhamed Nihad Omer Safet Selim Mersad Ermin Eldin",
        "Adna Aida Ajla Alma Amela Amra Azra Belma Dženana Elma Emina Ena Ilma Irma Lamija"
        " Lejla Maida Medina Melisa Merima Minela Naida Nejra Selma Sabina Sanela Una Zerina"
        " Zehra Esma Dalila Berina Jasmina Mirela Edina Samra Ajna Hatidža Almedina",
        "Hodžić Hadžić Begić Delić Demirović Hasanović Husić Ibrahimović Imamović Karić"
        " Mehmedović Mujić Omerović Osmanović Salihović Suljić Šabić Halilović Alić Avdić"
        " Bešić Čolić Džafić Fazlić Hamzić Jusić Kurtović Mešić Mustafić Nukić Pašić Ramić"
        " Selimović Smajić Softić Tahirović Zukić Bajrić Hrustić Muratović",
    ),
    "list:sv_wordnames": (
        "Sten Björn Ask Bo Stig Storm Vide Alm Ek Varg Sol",
        "Lo Liv My Ros Sol Viola Saga Vilja Lilja Iris Malva Tuva Linnea Stella",
        "Berg Lind Ek Holm Falk Björk Strand Sten Stål Rask Lund Hägg Örn Svan Ström Vall Hed"
        " Fors Dahl Kvist",
    ),
}

NICKNAMES: dict[str, tuple[str, ...]] = {
    "Alexander": ("Alex", "Acke"),
    "Sebastian": ("Sebbe",),
    "Mohammed": ("Mo", "Moha"),
    "Mohamed": ("Moha",),
    "Muhammad": ("Mo",),
    "Elisabeth": ("Lisa", "Lisen"),
    "Christoffer": ("Chrille",),
    "Kristoffer": ("Krille",),
    "Fredrik": ("Fredde",),
    "Magnus": ("Mange",),
    "Mikael": ("Micke",),
    "Michael": ("Micke",),
    "Thomas": ("Tompa",),
    "Jonathan": ("Jonte",),
    "Daniel": ("Danne",),
    "Mattias": ("Matte",),
    "Emanuel": ("Manne",),
    "Gustav": ("Gurra", "Gugge"),
    "Ibrahim": ("Ibbe",),
    "Abdullahi": ("Abdi",),
    "Katarina": ("Kattis",),
    "Margareta": ("Maggan",),
    "Kristina": ("Stina",),
    "Rebecka": ("Becka",),
    "Viktoria": ("Vicky",),
    "Joakim": ("Jocke",),
    "Patrik": ("Patte",),
    "Robert": ("Robban",),
    "Lennart": ("Lelle",),
    "Hampus": ("Hampe",),
    "Ludvig": ("Ludde",),
    "Oskar": ("Ogge",),
    "Isabella": ("Bella",),
    "Gabriella": ("Gabbi",),
    "Rasmus": ("Rasse",),
    "Melvin": ("Melle",),
    "Johannes": ("Jojje",),
    "Abdirahman": ("Abdi",),
    "Zakaria": ("Zack",),
    "Benjamin": ("Benji",),
    "Dženan": ("Džeki",),
    "Aleksander": ("Olek",),
    "Kacper": ("Kacpi",),
    "Matilda": ("Tilda",),
    "Josefin": ("Jossan",),
    "Ronja": ("Ronnie",),
    "Nathalie": ("Nattis",),
    "Elvira": ("Ellie",),
}

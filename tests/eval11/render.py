#!/usr/bin/python3
"""Render tests/eval11: ten invented releases, each printed by Chromium in
one page layout that the other sets lack (footnotes, a pull quote, a
numbered list, a paragraph running over a page break after a figure,
'Página N de M' page furniture, a key-figures box floated beside the text,
a letter's signature block, A5 justified and hyphenated pages in three
languages), with their gold.

Usage (from the repository root, with Debian's chromium):
  /usr/bin/python3 tests/eval11/render.py tests/eval11/hard

Writes <id>.html (removed after printing), <id>.pdf and <id>.gold.json. The
gold follows ../shared/eval/README.md: footnote marks and notes, pull
quotes, captions, the key-figures box and the signature are not body;
generated list numbers are markers; the dateline that opens the first
paragraph is left out of it.
"""
import json, os, subprocess, tempfile, html, sys, re
E = html.escape
CSS_BASE = "body{font-family:'DejaVu Serif',serif;font-size:11pt;line-height:1.35;margin:0} h1{font-size:18pt;margin:.2em 0 .6em} p{margin:0 0 .7em} .dl{font-weight:bold}"
docs = []
def doc(id, lang, headline, dateline, paras, layout, extra_css="", acr=None, about=None):
    docs.append(dict(id=id, lang=lang, headline=headline, dateline=dateline, paras=paras, layout=layout, css=extra_css, acr=acr or [], about=about))

# paras: list of (kind, text) kind in p, li, h2, ol, fig, pull, side, fn, sig, brk
doc("e10-footnote-en", "en", "Tarn Valley water board halves its leakage in three years",
    "ELMSWORTH, March 5, 2025 – ",
    [("p","The Tarn Valley Water Management Cooperative (TVWMC) has cut the water its pipes lose to leaks by half since 2022, its annual report shows.<sup>1</sup> The cooperative replaced forty kilometres of cast-iron mains in eleven villages and fitted pressure sensors at every junction."),
     ("p","Leaks now cost the valley about 900 cubic metres a day, against 1,850 three years ago.<sup>2</sup> The savings paid for a third of the works, the board said, and the rest came from a regional grant administered by the Northern Infrastructure Investment Fund (NIIF)."),
     ("p","The cooperative will next replace the mains under the old market square in Elmsworth, where the pipes were laid in 1911 and break twice a year on average. Work starts in September and should end before the winter frost."),
     ("p","Residents can follow the works on a map that the cooperative updates every week, and report a leak by telephone at any hour."),
     ("fn","<sup>1</sup> Annual Report 2024, page 14.<br><sup>2</sup> Measured at the Elmsworth treatment works, monthly average.")],
    "footnote", acr=[("TVWMC","Tarn Valley Water Management Cooperative"),("NIIF","Northern Infrastructure Investment Fund")])

doc("e10-pullquote-fr", "fr", "La Vauzelle retrouve ses saumons après quarante ans d'absence",
    "VAUZELLE, le 5 mars 2025 – ",
    [("p","Le Syndicat intercommunal d'aménagement et de valorisation de la Vauzelle (SIAVV) a compté cet hiver cent douze saumons remontant la rivière jusqu'aux frayères de Prévert, une première depuis 1985."),
     ("p","Les comptages ont été faits par la Fédération départementale des associations de pêche et de protection du milieu aquatique (FDAPPMA) à la passe de l'ancien moulin, rouverte en 2021 après deux ans de travaux."),
     ("pull","« Nous n'osions plus l'espérer »"),
     ("p","Selon le syndicat, le retour des poissons tient à l'effacement de trois seuils et à la plantation de huit kilomètres de haies le long des berges, qui ont rafraîchi l'eau de deux degrés en été."),
     ("p","Les pêcheurs de la vallée demandent maintenant que la pêche du saumon reste interdite pendant au moins cinq ans, le temps que la population se reconstitue.")],
    "pullquote", acr=[("SIAVV","Syndicat intercommunal d'aménagement et de valorisation de la Vauzelle"),("FDAPPMA","Fédération départementale des associations de pêche et de protection du milieu aquatique")])

doc("e10-numbered-de", "de", "Stadtwerke Hollstätt stellen Busflotte auf Strom um",
    "HOLLSTÄTT, 5. März 2025 – ",
    [("p","Die Stadtwerke Hollstätt (SWH) ersetzen bis 2028 alle 46 Dieselbusse durch Elektrobusse. Der Aufsichtsrat hat dem Plan am Montag zugestimmt; gefördert wird er von der Kreditanstalt für Wohnungsbau und Verkehr Nordmark (KfWVN)."),
     ("p","Der Umbau geschieht in drei Schritten:"),
     ("ol","Bis Ende 2025 werden zwölf Busse für die Innenstadtlinien geliefert und der Betriebshof am Mühlenweg mit Ladesäulen ausgestattet."),
     ("ol","2026 und 2027 folgen je fünfzehn Busse für die Linien in die Ortsteile."),
     ("ol","Die letzten vier Busse kommen 2028 für den Nachtverkehr."),
     ("p","Die Fahrgäste sollen vom Umbau kaum etwas merken, sagte Geschäftsführerin Marlene Quast. Die Fahrpläne bleiben unverändert, und die neuen Busse haben mehr Platz für Kinderwagen und Rollstühle.")],
    "numbered", acr=[("SWH","Stadtwerke Hollstätt"),("KfWVN","Kreditanstalt für Wohnungsbau und Verkehr Nordmark")])

long_es = "La Mancomunidad de Municipios del Alto Valle del Sella (MMAVS) abrirá en abril un centro de reciclaje de aparatos eléctricos en Villagrís, el primero de la comarca, que dará trabajo a catorce personas con discapacidad contratadas por la Fundación para la Integración Laboral del Oriente de Asturias (FILOA). El centro recibirá cada año unas dos mil toneladas de frigoríficos, lavadoras y televisores de los ocho municipios de la mancomunidad y de los puntos limpios de la costa, y los desmontará para recuperar el cobre, el aluminio y los plásticos, que se venderán a fundiciones de la región; hasta ahora esos aparatos viajaban en camión más de trescientos kilómetros hasta una planta de la meseta, con un coste que pagaban los ayuntamientos y, al final, los vecinos en la tasa de basuras."
doc("e10-figure-es", "es", "El Alto Sella tendrá su propio centro de reciclaje de electrodomésticos",
    "VILLAGRÍS, 5 de marzo de 2025 – ",
    [("p","La obra, presupuestada en 2,4 millones de euros, empezó en octubre en una nave abandonada del antiguo polígono ganadero y está terminada en un ochenta por ciento, según el último informe de la dirección técnica."),
     ("fig","Figura 1. La nave del antiguo polígono ganadero, en obras."),
     ("p", long_es + " " + long_es.replace("(MMAVS)","").replace("(FILOA)","").replace("La Mancomunidad de Municipios del Alto Valle del Sella","El consorcio").replace("Fundación para la Integración Laboral del Oriente de Asturias","fundación")),
     ("p","La presidenta de la mancomunidad, Elvira Sotres, inaugurará el centro el 14 de abril.")],
    "figure", acr=[("MMAVS","Mancomunidad de Municipios del Alto Valle del Sella"),("FILOA","Fundación para la Integración Laboral del Oriente de Asturias")])

doc("e10-pageofn-pt", "pt", "Cooperativa do Larouco abre loja de queijo na aldeia de Cervos",
    "MONTALEGRE, 5 de março de 2025 – ",
    [("p","A Associação dos Produtores de Queijo da Serra do Larouco (APQSL) abriu no sábado a sua primeira loja, na antiga escola primária de Cervos, onde os visitantes podem provar e comprar os queijos de dezanove pastores da serra."),
     ("p","A loja foi paga em parte pelo Programa de Desenvolvimento Rural do Alto Tâmega (PDRAT), que financiou também a cozinha onde a associação vai ensinar a fazer queijo às escolas do concelho. "*2),
     ("p","Os pastores da serra vendiam até agora o queijo na feira mensal de Montalegre ou a intermediários que o revendiam no Porto. Com a loja, contam ganhar mais um terço por quilo e vender durante todo o ano. "*3),
     ("brk",""),
     ("p","A associação quer agora criar uma marca comum, com um selo que garanta que o queijo é feito com leite cru de cabras e ovelhas que pastam na serra pelo menos oito meses por ano. "*3),
     ("p","A loja abre de quinta a domingo, das dez às dezoito horas. "*2),
     ("brk",""),
     ("p","Até ao fim do ano, a associação conta receber na loja as escolas dos três concelhos vizinhos, com visitas guiadas às queijarias. "*2)],
    "pageofn", acr=[("APQSL","Associação dos Produtores de Queijo da Serra do Larouco"),("PDRAT","Programa de Desenvolvimento Rural do Alto Tâmega")])

doc("e10-keyfigs-it", "it", "I Comuni della Valle del Tresso uniscono i servizi di trasporto scolastico",
    "TRESSO, 5 marzo 2025 – ",
    [("side","In cifre|9 comuni|42 scuolabus|3.100 alunni|1,8 milioni di euro"),
     ("p","L'Unione dei Comuni della Valle del Tresso (UCVT) gestirà da settembre il trasporto scolastico dei nove comuni della valle, finora affidato a sette ditte diverse. Il consiglio dell'Unione ha approvato il piano lunedì all'unanimità."),
     ("p","I quarantadue scuolabus saranno coordinati da una centrale unica a Borgo Tresso, che preparerà i percorsi ogni mattina in base alle iscrizioni. Secondo l'Agenzia Regionale per la Mobilità Sostenibile (ARMS), il piano ridurrà di un quinto i chilometri percorsi."),
     ("p","Le famiglie potranno seguire il percorso dello scuolabus su un'applicazione e ricevere un avviso dieci minuti prima del passaggio."),
     ("p","Il servizio resterà gratuito per gli alunni delle scuole primarie e costerà dieci euro al mese per quelli delle medie.")],
    "keyfigs", acr=[("UCVT","Unione dei Comuni della Valle del Tresso"),("ARMS","Agenzia Regionale per la Mobilità Sostenibile")])

doc("e10-signature-nl", "nl", "Waterschap Noorderkwartier legt nieuwe dijk aan bij Kwadijkerpolder",
    "KWADIJK, 5 maart 2025 – ",
    [("p","De Vereniging van Waterschappen in het Noorderkwartier (VWN) begint in mei met de aanleg van een nieuwe dijk van vier kilometer langs de Kwadijkerpolder. De oude dijk voldoet niet meer aan de normen voor waterveiligheid."),
     ("p","De nieuwe dijk wordt een meter hoger en krijgt een fietspad op de kruin. Het project kost 31 miljoen euro en wordt voor de helft betaald door het Hoogwaterbeschermingsprogramma Noord-Holland (HWBP-NH)."),
     ("p","Omwonenden kunnen op 20 maart een informatieavond bezoeken in het dorpshuis van Kwadijk."),
     ("sig","Met vriendelijke groet,|Ir. Joost van Oostveen|Dijkgraaf|Vereniging van Waterschappen in het Noorderkwartier")],
    "signature", acr=[("VWN","Vereniging van Waterschappen in het Noorderkwartier"),("HWBP-NH","Hoogwaterbeschermingsprogramma Noord-Holland")])

doc("e10-a5hyph-en", "en", "Harwick river trust plants ten thousand willows along the Tarn",
    "HARWICK, March 5, 2025 – ",
    [("p","The Harwick River Conservation and Restoration Trust (HRCRT) planted ten thousand willow cuttings along the upper Tarn this winter, with volunteers from the Independent Environmental Volunteering Organisations Network (IEVON) and pupils from nine schools."),
     ("p","The willows hold the banks together where floods have washed away the soil, and shade the water for trout in summer. Within five years they should stand four metres high, the trust's ecologists say, and will be coppiced every seven years for basket makers in the valley."),
     ("p","The planting was paid for by the Countryside Stewardship and Biodiversity Enhancement Programme (CSBEP) and by donations from 412 members of the public."),
     ("p","Volunteers who want to help with next winter's planting can register on the trust's website.")],
    "a5hyph", acr=[("HRCRT","Harwick River Conservation and Restoration Trust"),("IEVON","Independent Environmental Volunteering Organisations Network"),("CSBEP","Countryside Stewardship and Biodiversity Enhancement Programme")])


doc("e10-a5hyph-de", "de", "Zweckverband Ostheide baut Wasserwerk in Lindwedel aus",
    "LINDWEDEL, 5. März 2025 – ",
    [("p","Der Trinkwasserversorgungszweckverband Ostheide-Aller (TWZOA) erweitert sein Wasserwerk in Lindwedel um zwei Filterbecken und einen Hochbehälter. Die Arbeiten beginnen im April und sollen im Herbst 2026 abgeschlossen sein; die Kosten von 8,4 Millionen Euro tragen der Verband und die Niedersächsische Landesförderungsgesellschaft für Wasserwirtschaftsinfrastruktur (NLFWI)."),
     ("p","Mit dem Ausbau kann das Werk im Sommer ein Drittel mehr Wasser liefern. In den heißen Wochen der vergangenen Jahre hatte der Verband die Gemeinden mehrfach gebeten, auf das Rasensprengen zu verzichten, weil die Hochbehälter am Abend fast leer waren."),
     ("p","Die Bauarbeiten finden auf dem Gelände des Wasserwerks statt, die Zufahrt erfolgt über den Mühlenweg. Anwohnerinnen und Anwohner werden vor lärmintensiven Arbeiten schriftlich informiert."),
     ("p","Der Verband versorgt rund 42.000 Menschen in elf Gemeinden mit Trinkwasser.")],
    "a5hyph", acr=[("TWZOA","Trinkwasserversorgungszweckverband Ostheide-Aller"),("NLFWI","Niedersächsische Landesförderungsgesellschaft für Wasserwirtschaftsinfrastruktur")])

doc("e10-a5hyph-fr", "fr", "Le syndicat des eaux de la Vauzelle rénove l'usine de Prévert",
    "PRÉVERT, le 5 mars 2025 – ",
    [("p","Le Syndicat intercommunal d'alimentation en eau potable de la moyenne vallée de la Vauzelle (SIAEPMVV) rénovera à partir d'avril l'usine de traitement de Prévert, construite en 1974. Les travaux, estimés à 6,2 millions d'euros, sont financés en partie par l'Agence de l'eau Loire-Bretagne-Vauzelle (AELBV)."),
     ("p","L'usine recevra une nouvelle filière de filtration sur charbon actif, qui retiendra les résidus de pesticides que les analyses trouvent depuis trois ans dans l'eau brute de la rivière, en quantités encore inférieures aux normes."),
     ("p","Pendant les travaux, les communes seront alimentées par le forage des Grands Prés et par une interconnexion avec le réseau voisin de Saint-Aubin."),
     ("p","Le syndicat dessert environ 28 000 habitants dans quatorze communes.")],
    "a5hyph", acr=[("SIAEPMVV","Syndicat intercommunal d'alimentation en eau potable de la moyenne vallée de la Vauzelle"),("AELBV","Agence de l'eau Loire-Bretagne-Vauzelle")])

LAYOUT_CSS = {
 "footnote": ".fn{position:absolute;top:255mm;font-size:8pt;border-top:1px solid #000;width:60mm;padding-top:2pt} body{position:relative;height:270mm}",
 "pullquote": ".pull{font-size:16pt;font-style:italic;text-align:center;margin:1em 3em;color:#444}",
 "numbered": "ol{margin:0 0 .7em 1.5em} li{margin:0 0 .3em}",
 "figure": ".fig{height:120mm;background:#ccc;margin:.5em 0 .2em} .cap{font-size:8.5pt;font-style:italic;margin-bottom:1em}",
 "pageofn": "@page{size:A4;margin:25mm 20mm 25mm 20mm; @top-left{content:'Associação dos Produtores de Queijo da Serra do Larouco';font-size:8pt} @bottom-right{content:'Página ' counter(page) ' de ' counter(pages);font-size:8pt}} .brk{break-after:page}",
 "keyfigs": ".side{float:right;width:45mm;margin:0 0 .5em 1em;padding:.5em;background:#eef;font-family:'DejaVu Sans',sans-serif;font-size:9pt} .side b{display:block;font-size:11pt;margin-bottom:.3em}",
 "signature": ".sig{margin-top:2em}",
 "a5hyph": "@page{size:A5;margin:12mm} body{font-size:9.5pt;hyphens:auto} p{margin:0;text-indent:1.2em;text-align:justify}",
}
gold_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard")
os.makedirs(gold_dir, exist_ok=True)
for d in docs:
    parts = [f"<h1>{E(d['headline'])}</h1>"]
    body = []
    first = True
    olopen = False
    for kind, t in d["paras"]:
        if kind != "ol" and olopen:
            parts.append("</ol>"); olopen = False
        if kind == "p":
            txt = t
            if first:
                parts.append(f"<p><span class=dl>{E(d['dateline'])}</span>{txt}</p>"); first = False
            else:
                parts.append(f"<p>{txt}</p>")
            import re
            body.append(("paragraph", re.sub(r"<sup>\d+</sup>", "", t)))
        elif kind == "ol":
            if not olopen: parts.append("<ol>"); olopen = True
            parts.append(f"<li>{E(t)}</li>"); body.append(("list_item", t))
        elif kind == "pull":
            parts.append(f"<div class=pull>{E(t)}</div>")
        elif kind == "fig":
            parts.append(f"<div class=fig></div><div class=cap>{E(t)}</div>")
        elif kind == "fn":
            parts.append(f"<div class=fn>{t}</div>")
        elif kind == "side":
            items = t.split("|")
            parts.append("<div class=side><b>" + E(items[0]) + "</b>" + "".join(f"<div>{E(x)}</div>" for x in items[1:]) + "</div>")
        elif kind == "sig":
            parts.append("<div class=sig>" + "<br>".join(E(x) for x in t.split("|")) + "</div>")
        elif kind == "brk":
            parts.append("<div class=brk></div>")
    if olopen: parts.append("</ol>")
    css = CSS_BASE + ("" if d["layout"] in ("pageofn","a5hyph") else "@page{size:A4;margin:20mm}") + LAYOUT_CSS[d["layout"]]
    h = f"<!doctype html><html lang={d['lang']}><head><meta charset=utf-8><title>{E(d['headline'])}</title><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    src = os.path.join(gold_dir, d["id"] + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(h)
    pdf = os.path.join(gold_dir, d["id"] + ".pdf")
    subprocess.run(["chromium","--headless","--no-sandbox","--disable-gpu","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync","--user-data-dir="+tempfile.mkdtemp(prefix="chr-"),"--no-pdf-header-footer","--print-to-pdf="+pdf,"file://"+os.path.abspath(src)],check=True,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL,timeout=120)
    import re
    date = re.search(r"\d", d["dateline"])
    gold = {"id": d["id"], "documents": [d["id"] + ".pdf"], "expect": {
        "headline": d["headline"], "language": d["lang"],
        "body": [t for k, t in body],
        "acronyms": [{"short": s, "long": l} for s, l in d["acr"]]}}
    with open(os.path.join(gold_dir, d["id"] + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    os.unlink(src)
print("ok", len(docs))

### Thème par défaut de Plenary : chaque mot qu'il affiche, en français.
###
### Voir en.ftl pour la syntaxe (Fluent) et la manière dont un site remplace un
### message. Les messages dont le nom finit par -html contiennent du balisage. Les
### nombres choisissent leur forme selon les règles de pluriel du CLDR : en français,
### `one` (0 et 1) et `other`.

language-name = Français

## Sur chaque page
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-votes = Votes
nav-states = États
nav-sessions = Sessions
nav-signatories = Signataires
nav-tags = Thèmes
nav-symbols = Documents de l’ONU
nav-search = Recherche
nav-menu = Menu
feed-session-title = { $session } · { $site }
sep-and = {" "}et{" "}
sep-comma = ,{" "}
sep-semicolon = {" "};{" "}
sep-colon = {" "}:{" "}
sentence-end = .

## Types de document
kind-letter = Lettre
kind-statement = Déclaration
kind-annex = Annexe
kind-report = Rapport
kind-news = Actualité
kind-vote = Vote
kinds-letter = Lettres
kinds-statement = Déclarations
kinds-annex = Annexes
kinds-report = Rapports
kinds-news = Actualités
kinds-vote = Votes

## Nombres
documents-count = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
organisations-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
discrepancies-count = { $count ->
    [one] { $count } incohérence
   *[other] { $count } incohérences
}
absent-count = { $count ->
    [one] { $count } absent
   *[other] { $count } absents
}

## Listes
draft = Brouillon
home-latest = Derniers documents
home-sessions = Sessions
home-browse = Parcourir les archives
find-label = Rechercher dans les archives
find-button = Rechercher
list-newest-first = { $count ->
    [one] { $count } document, du plus récent au plus ancien.
   *[other] { $count } documents, du plus récent au plus ancien.
}
list-in-date-order = { $count ->
    [one] { $count } document, par ordre chronologique.
   *[other] { $count } documents, par ordre chronologique.
}
list-in-date-order-then-undated = { $count ->
    [one] { $count } document, par ordre chronologique, puis les documents non datés par titre.
   *[other] { $count } documents, par ordre chronologique, puis les documents non datés par titre.
}
list-by-title = { $count ->
    [one] { $count } document, par titre.
   *[other] { $count } documents, par titre.
}
undated = Non daté
undated-title = Documents non datés
undated-note = Documents dont la source n’imprime aucune date et qu’aucune session ne situe.
taxonomy-session = Session
taxonomy-signatory = Signataire
taxonomy-tag = Thème
taxonomy-sessions = Sessions
taxonomy-title = { $name } ({ $taxonomy })
sessions-heading = Sessions
signatories-heading = Signataires
tags-heading = Thèmes
also-printed-as = Aussi imprimé sous le nom : { $names }
also-in = Aussi en :
pagination-label = Pages
pagination-page-of = Page { $number } sur { $of }
pagination-first = Première
pagination-previous = Précédente
pagination-next = Suivante
pagination-last = Dernière
title-page-of = { $title } (page { $number } sur { $of })
list-count = { $count } au total.

## Page d'un document
meta-date = Date
meta-undated = Non daté : la source n’imprime aucune date
meta-session = Session
meta-to = Destinataires
meta-symbol = Cote ONU
meta-concerns = Concerne
meta-signatories = Signataires
meta-tags = Thèmes
meta-original = Original
meta-language = Langue
concerning-votes = Votes sur les textes visés par ce document
signatories = Signataires
related-documents = Documents liés
cited-by = Cité par
session-more-label = Autres documents de { $session }
session-more-html = Autres documents de <a href="{ $url }">{ $session }</a>
session-earlier = Précédent :
session-later = Suivant :
session-only = Le seul document de cette session.
toc-heading = Table des matières
toc-paragraph = par. { $number }
toc-paragraphs = par. { $first } à { $last }
toc-paragraph-run = Paragraphes { $first } à { $last }

## Votes
vote-heading-html = Vote enregistré sur le <a href="{ $url }" class="symbol">{ $symbol }</a>
vote-heading-titled = Vote enregistré : { $title }
vote-recorded-in-html = enregistré dans <a href="{ $url }" dir="auto">{ $title }</a>
position-yes = Pour
position-no = Contre
position-abstain = Abstention
position-absent = Absent
position-not_recorded = Pas de vote enregistré
position-disputed = Contesté
outcome-adopted = Adopté
outcome-rejected = Rejeté
outcome-not-known = Issue inconnue
outcome-unknown = Inconnue
outcome-in-sentence = { $outcome ->
    [adopted] adopté
   *[rejected] rejeté
}
outcome-contradicted = (selon les décomptes : { $outcome ->
        [adopted] adopté
       *[rejected] rejeté
    })
vote-counted = { $count ->
    [one] Décompte des { $count } État listé ci-dessous.
   *[other] Décompte des { $count } États listés ci-dessous.
}
vote-announced = Résultat annoncé : { $yes } voix pour, { $no } contre, { $abstain ->
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }.
vote-announced-only = Le résultat annoncé ; les archives ne contiennent pas le détail du vote par État.
vote-partial = Le résultat annoncé. Le relevé nomme { $named } des États qu’il compte, listés ci-dessous ; { $count ->
        [one] { $count } n’est pas nommé
       *[other] { $count } ne sont pas nommés
    }.
vote-outcome-rule = L’issue découle de la règle du Conseil : un texte est adopté lorsque plus de membres votent pour que contre.
vote-result-not-known = résultat inconnu
vote-sources = Enregistré dans
vote-given-in = selon
vote-no-record = Les archives ne contiennent ni le résultat ni le détail du vote par État.
vote-discrepancies = Incohérences dans le relevé
vote-table-caption = Vote de chaque État sur le { $symbol }
vote-table-caption-titled = Vote de chaque État sur « { $title } »
vote-state = État
vote-position = Vote
vote-not-in-registry = (absent du registre)
vote-list-not-named = { $count ->
    [one] { $count } non nommé
   *[other] { $count } non nommés
}
vote-list-none = Aucun
vote-all-states = Les mêmes États dans un tableau
votes-heading = Votes
votes-lede-html = Tous les votes enregistrés dans les archives, du plus récent au plus ancien. Les mêmes données sont publiées dans <a href="{ $csv }">votes.csv</a> et <a href="{ $json }">votes.json</a> ; le relevé de chaque État se trouve sur sa page, sous <a href="{ $states }">États</a>.
votes-caption = Votes enregistrés
votes-date = Date
votes-voted-on = Objet du vote
votes-outcome = Issue
votes-recorded-in = Enregistré dans
votes-announced-only = résultat annoncé seulement
votes-announced-not-named = { $count ->
    [one] résultat annoncé ; { $count } État non nommé
   *[other] résultat annoncé ; { $count } États non nommés
}
votes-records = Relevés de vote
votes-recorded-count = { $count ->
    [one] { $count } vote enregistré.
   *[other] { $count } votes enregistrés.
}
votes-records-count = { $count ->
    [one] { $count } document consigne des votes.
   *[other] { $count } documents consignent des votes.
}

## États
state = État
states-heading = États
states-lede = Chaque État qui figure dans un vote enregistré dans les archives, par groupe régional de l’ONU, avec le nombre de ses votes enregistrés.
states-count = { $count ->
    [one] { $count } État
   *[other] { $count } États
}
recorded-votes-count = { $count ->
    [0] aucun vote enregistré
    [one] { $count } vote enregistré
   *[other] { $count } votes enregistrés
}
states-groups-source = Groupes régionaux tels que les présente le Département de l’Assemblée générale et de la gestion des conférences de l’ONU. La Türkiye, qui participe à deux groupes, figure parmi les États d’Europe occidentale et autres États, son groupe pour les élections ; les États qui n’appartiennent à aucun groupe, comme les États observateurs, figurent en dernier.
group-african = États d’Afrique
group-asia-pacific = États d’Asie et du Pacifique
group-eastern-european = États d’Europe orientale
group-latin-american-caribbean = États d’Amérique latine et des Caraïbes
group-western-european-other = États d’Europe occidentale et autres États
group-none = Hors des groupes régionaux
state-lede = Code ISO 3166 : { $iso3 }. { $count ->
    [0] Aucun vote enregistré dans les archives.
    [one] { $count } vote enregistré dans les archives.
   *[other] { $count } votes enregistrés dans les archives.
}
state-lede-not-recorded = { $count ->
    [one] Une autre feuille de vote le mentionne sans vote enregistré.
   *[other] { $count } autres feuilles de vote le mentionnent sans vote enregistré.
}
state-record-heading = Votes par session
state-record-caption = Positions : { $state }, par session
state-session = Session
state-total = Total
state-no-session = Sans session
state-likeness-heading = États qui votent de même
state-agreement-defined = La concordance est la part des votes auxquels les deux États ont pris part (pour, contre ou abstention) où ils ont voté de la même façon ; deux États qui partagent moins de { $min } votes de ce type ne sont pas comparés.
state-likeness-most = Votent le plus comme { $state }
state-likeness-least = Votent le moins comme { $state }
state-agreement = { $percent } % de { $shared ->
    [one] { $shared } vote commun
   *[other] { $shared } votes communs
}
state-likeness-none = Aucun autre État ne partage { $min } votes de ce type ou plus avec { $state } dans les archives.
state-history-caption = Historique des votes : { $state }, du plus récent au plus ancien
state-discussed-in = Évoqué aussi dans

## Documents de l'ONU
symbol = Document de l’ONU
symbols-heading = Documents de l’ONU
symbols-lede = Chaque document de l’ONU que les archives citent ou sur lequel elles enregistrent un vote, classé par organe émetteur puis par session ou par année, avec les documents qui le citent. Un projet, ses révisions et le texte adopté à partir de celui-ci forment une seule entrée.
symbols-also = avec { $symbols }
symbols-series-session = Session { $number }
symbols-series-special = Session extraordinaire S-{ $number }
symbols-series-other = Autres documents
body-hrc = Conseil des droits de l’homme
body-general-assembly = Assemblée générale
body-security-council = Conseil de sécurité
body-ecosoc = Conseil économique et social
body-commission-on-human-rights = Commission des droits de l’homme
body-other = Autres documents de l’ONU
text-resolution = résolution
text-decision = décision
text-president-statement = déclaration du Président
text-revised-draft = projet révisé
text-draft = projet
text-document = document
symbol-cited-count = { $count ->
    [0] objet d’un vote
    [one] cité dans { $count } document
   *[other] cité dans { $count } documents
}
symbol-text-adopted-html = , adoptée le <time datetime="{ $iso }">{ $date }</time>
symbol-text-in-archive-html = (dans les archives ; <a href="{ $url }">texte officiel</a>)
symbol-group-lede = Un projet, ses révisions et le texte adopté à partir de celui-ci forment une seule page ; chaque cote renvoie à son texte officiel.
symbol-single-lede = La cote renvoie au texte officiel.
symbol-session = Un document de { $session }.
symbol-session-link-html = Un document de <a href="{ $url }">{ $session }</a>.
symbol-votes = Votes enregistrés
symbol-vote-of = Vote du { $date }
symbol-vote-at-undated = Vote de la session { $session }, non daté
symbol-vote-undated = Vote non daté
symbol-vote-on-html = sur le <span class="symbol">{ $symbol }</span>
symbol-vote-result = { $yes } voix pour, { $no } contre, { $abstain ->
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }
symbol-vote-recorded-in = enregistré dans
symbol-announced = (résultat annoncé)
symbol-announced-not-named = { $count ->
    [one] (résultat annoncé ; { $count } État non nommé)
   *[other] (résultat annoncé ; { $count } États non nommés)
}
symbol-cited-in = Cité dans les archives
symbol-listed = figure parmi les documents qu’il concerne
symbol-not-cited = Aucun document des archives ne le cite dans son texte ; il est connu par un vote enregistré.
symbol-neighbours-label = Autres documents de { $session }
symbol-neighbours = Autres documents de { $session } cités dans les archives
symbols-count = { $count ->
    [one] { $count } document de l’ONU.
   *[other] { $count } documents de l’ONU.
}
symbol-cited-by-count = { $count ->
    [one] { $count } document le cite.
   *[other] { $count } documents le citent.
}
symbol-before = Avant :
symbol-after = Après :

## Recherche
search-title = Recherche
search-heading = Rechercher dans les archives
search-lede = Recherche en texte intégral dans tous les documents, avec des filtres par type, session et signataire. L’index fait partie du site : la recherche fonctionne hors ligne.
search-terms = Termes recherchés
search-kind = Type
search-any-kind = Tous les types
search-session = Session
search-any-session = Toutes les sessions
search-signatory = Signataire
search-any-signatory = Tous les signataires
search-found = { $count ->
    [one] { $count } document trouvé{ $shown }.
   *[other] { $count } documents trouvés{ $shown }.
}
search-first-shown = { $count ->
    [one] (le premier affiché)
   *[other] (les { $count } premiers affichés)
}
search-filter-chosen = { $filter } : { $value }
search-none-filtered = { $count ->
    [one] Aucun document ne correspond à « { $query } » avec les filtres { $filters } ; sans eux, { $count } document y correspond.
   *[other] Aucun document ne correspond à « { $query } » avec les filtres { $filters } ; sans eux, { $count } documents y correspondent.
}
search-none-in-filters = Aucun document ne correspond à tous les filtres { $filters }.
search-clear-filters = Effacer les filtres
search-noscript-html = La recherche nécessite JavaScript. Chaque document figure aussi dans les listes par <a href="{ $sessions }">session</a>, par <a href="{ $signatories }">signataire</a> et par <a href="{ $tags }">thème</a>.

## Page introuvable
not-found-title = Page introuvable
not-found-text = Il n’y a aucune page à cette adresse. Elle a peut-être changé lors d’une réorganisation des archives.
not-found-home-html = <a href="{ $home }">Revenir à la page d’accueil</a> pour parcourir les documents par session, par type ou par signataire.

## Ancienne adresse d'un document de l'ONU dont la page est celle d'un autre
redirect-html = Le { $symbol } se trouve sur <a href="{ $url }">cette page</a>, avec ses projets, ses révisions et le texte adopté.

## Mots que l’étape Markdown écrit dans le texte d’un document
body-paragraph-link = Lien vers le paragraphe { $number }
body-notes-heading = Notes
body-note-back = Retour au texte

## Les incohérences d’un vote, sous « Incohérences dans le relevé ». Les résultats s’écrivent
## pour-contre-abstention (23-16-8) ; `$position` vaut yes, no, abstain, absent ou
## not_recorded, et une issue adopted ou rejected.
quoted = « { $text } »
vote-note-in = Dans « { $title } » : { $note }
vote-note-run-together = « { $printed } » est lu comme { $states } : il semble manquer une virgule dans la source.
vote-note-unknown-state = « { $printed } » n’est pas un État connu du registre ; son vote est indiqué tel qu’il est imprimé.
vote-note-listed-twice = { $state } figure deux fois (sous la forme « { $first } » et « { $again } »).
vote-note-no-recorded-vote = { $state } figure sur le relevé sans vote enregistré.
vote-note-roll-and-declared = La liste imprime le résultat { $roll } ; le relevé déclare { $declared }.
vote-note-roll-count = La liste imprime { $label } ({ $count }) mais y nomme { $named ->
    [one] { $named } État
   *[other] { $named } États
}.
vote-note-state-disputed = Les sources divergent sur { $state } : { $positions }.
vote-note-position-in = { $position ->
    [yes] pour
    [no] contre
    [abstain] abstention
    [absent] absent
   *[not_recorded] sans vote enregistré
} selon { $sources }
vote-note-results-disagree = Les sources divergent sur le résultat : { $first } selon « { $first_title } », { $other } selon « { $other_title } ».
vote-note-outcomes-disagree = Les sources divergent sur l’issue : { $first ->
    [adopted] adopté
   *[rejected] rejeté
} selon « { $first_title } », { $other ->
    [adopted] adopté
   *[rejected] rejeté
} selon « { $other_title } ».
vote-note-result-differs = Le résultat annoncé ({ $declared }) diffère des votes enregistrés ici ({ $counted }){ $not_recorded ->
    [0] {""}
   *[other] {" "}({ $not_recorded } sans vote enregistré)
}.
vote-note-named-beyond-count = Le relevé nomme { $named ->
    [one] { $named } État
   *[other] { $named } États
} { $position ->
    [yes] votant pour
    [no] votant contre
   *[abstain] s’abstenant
}, mais le résultat annoncé ({ $declared }) n’en compte que { $counted }.
vote-note-outcome-contradicted = Le relevé indique que le texte a été { $stated ->
    [adopted] adopté
   *[rejected] rejeté
}, mais { $yes } voix pour et { $no } contre { $derived ->
    [adopted] l’adoptent
   *[rejected] le rejettent
} selon la règle du Conseil.
vote-note-outcome-contradicted-in = « { $title } » indique que le texte a été { $stated ->
    [adopted] adopté
   *[rejected] rejeté
}, mais { $yes } voix pour et { $no } contre { $derived ->
    [adopted] l’adoptent
   *[rejected] le rejettent
} selon la règle du Conseil.

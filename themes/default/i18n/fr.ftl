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
feed-session-title = { $session } · { $site }

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
votes-count = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
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
list-newest-first = { $count ->
    [one] { $count } document, du plus récent au plus ancien.
   *[other] { $count } documents, du plus récent au plus ancien.
}
list-in-date-order = { $count ->
    [one] { $count } document, par ordre chronologique.
   *[other] { $count } documents, par ordre chronologique.
}
taxonomy-session = Session
taxonomy-signatory = Signataire
taxonomy-tag = Thème
taxonomy-title = { $name } ({ $taxonomy })
sessions-heading = Sessions
signatories-heading = Signataires
tags-heading = Thèmes
also-printed-as = Aussi imprimé sous le nom : { $names }
also-in = Aussi en :

## Page d'un document
meta-date = Date
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

## Votes
vote-heading-html = Vote enregistré sur le <a href="{ $url }" class="symbol">{ $symbol }</a>
vote-recorded-in-html = enregistré dans <a href="{ $url }" dir="auto">{ $title }</a>
position-yes = Pour
position-no = Contre
position-abstain = Abstention
position-absent = Absent
position-not_recorded = Pas de vote enregistré
outcome-adopted = Adopté
outcome-rejected = Rejeté
vote-counted = { $count ->
    [one] Décompte des { $count } État listé ci-dessous.
   *[other] Décompte des { $count } États listés ci-dessous.
}
vote-announced = Résultat annoncé : { $yes } voix pour, { $no } contre, { $abstain ->
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }.
vote-announced-only = Le résultat annoncé ; les archives ne contiennent pas le détail du vote par État.
vote-no-record = Les archives ne contiennent ni le résultat ni le détail du vote par État.
vote-discrepancies = Incohérences dans le relevé
vote-table-caption = Vote de chaque État sur le { $symbol }
vote-state = État
vote-position = Vote
vote-not-in-registry = (absent du registre)
votes-heading = Votes
votes-lede-html = Tous les votes enregistrés dans les archives, du plus récent au plus ancien. Les mêmes données sont publiées dans <a href="{ $csv }">votes.csv</a> et <a href="{ $json }">votes.json</a> ; le relevé de chaque État se trouve sur sa page, sous <a href="{ $states }">États</a>.
votes-caption = Votes enregistrés
votes-date = Date
votes-resolution = Résolution
votes-recorded-in = Enregistré dans
votes-announced-only = résultat annoncé seulement
votes-records = Relevés de vote

## États
state = État
states-heading = États
states-lede = Chaque État qui figure dans un vote enregistré dans les archives, avec l’historique de ses votes.
state-lede = Code ISO 3166 : { $iso3 }. { $count ->
    [one] { $count } vote enregistré dans les archives, du plus récent au plus ancien.
   *[other] { $count } votes enregistrés dans les archives, du plus récent au plus ancien.
}
state-history-caption = Historique des votes : { $state }
state-discussed-in = Évoqué dans

## Documents de l'ONU
symbol = Document de l’ONU
symbols-heading = Documents de l’ONU
symbols-lede = Chaque document de l’ONU que les archives citent ou sur lequel elles enregistrent un vote, avec les documents qui le citent.
symbol-cited-count = { $count ->
    [0] objet d’un vote
    [one] cité dans { $count } document
   *[other] cité dans { $count } documents
}
symbol-official-html = Le texte officiel se trouve à l’adresse <a href="{ $url }">{ $url }</a>.
symbol-session = Un document de { $session }.
symbol-session-link-html = Un document de <a href="{ $url }">{ $session }</a>.
symbol-votes = Votes enregistrés
symbol-vote-html = <a href="{ $url }">Vote du { $date }</a> : { $yes } voix pour, { $no } contre, { $abstain ->
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }
symbol-announced = (résultat annoncé)
symbol-cited-in = Cité dans les archives
symbol-listed = Figure parmi les documents qu’il concerne.
symbol-not-cited = Aucun document des archives ne le cite dans son texte ; il est connu par un vote enregistré.
symbol-neighbours-label = Autres documents de { $session }
symbol-neighbours = Autres documents de { $session } cités dans les archives

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
search-noscript-html = La recherche nécessite JavaScript. Chaque document figure aussi dans les listes par <a href="{ $sessions }">session</a>, par <a href="{ $signatories }">signataire</a> et par <a href="{ $tags }">thème</a>.

## Page introuvable
not-found-title = Page introuvable
not-found-text = Il n’y a aucune page à cette adresse. Elle a peut-être changé lors d’une réorganisation des archives.
not-found-home-html = <a href="{ $home }">Revenir à la page d’accueil</a> pour parcourir les documents par session, par type ou par signataire.

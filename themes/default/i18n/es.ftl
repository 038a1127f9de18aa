### Tema predeterminado de Plenary: cada palabra que muestra, en español.
###
### Véase en.ftl para la sintaxis (Fluent) y cómo un sitio sustituye un mensaje. Los
### mensajes cuyo nombre termina en -html contienen marcado. Los números eligen su
### forma según las reglas de plural del CLDR: en español, `one`, `many` y `other`.

language-name = Español

## En cada página
skip-to-content = Ir al contenido
nav-label = Menú principal
nav-votes = Votaciones
nav-states = Estados
nav-sessions = Períodos de sesiones
nav-signatories = Firmantes
nav-tags = Temas
nav-symbols = Documentos de la ONU
nav-search = Buscar
nav-menu = Menú
feed-session-title = { $session } · { $site }
sep-and = {" "}y{" "}
sep-comma = ,{" "}
sep-semicolon = ;{" "}
sep-colon = :{" "}
sentence-end = .

## Tipos de documento
kind-letter = Carta
kind-statement = Declaración
kind-annex = Anexo
kind-report = Informe
kind-news = Noticia
kind-vote = Votación
kinds-letter = Cartas
kinds-statement = Declaraciones
kinds-annex = Anexos
kinds-report = Informes
kinds-news = Noticias
kinds-vote = Votaciones

## Cantidades
documents-count = { $count ->
    [one] { $count } documento
   *[other] { $count } documentos
}
organisations-count = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
discrepancies-count = { $count ->
    [one] { $count } discrepancia
   *[other] { $count } discrepancias
}
absent-count = { $count ->
    [one] { $count } ausente
   *[other] { $count } ausentes
}

## Listas
draft = Borrador
home-latest = Documentos recientes
home-sessions = Períodos de sesiones
home-browse = Explorar el archivo
find-label = Buscar en el archivo
find-button = Buscar
list-newest-first = { $count ->
    [one] { $count } documento, del más reciente al más antiguo.
   *[other] { $count } documentos, del más reciente al más antiguo.
}
list-in-date-order = { $count ->
    [one] { $count } documento, por orden cronológico.
   *[other] { $count } documentos, por orden cronológico.
}
list-in-date-order-then-undated = { $count ->
    [one] { $count } documento, por orden cronológico y, después, los que no tienen fecha, por título.
   *[other] { $count } documentos, por orden cronológico y, después, los que no tienen fecha, por título.
}
list-by-title = { $count ->
    [one] { $count } documento, por título.
   *[other] { $count } documentos, por título.
}
undated = Sin fecha
undated-title = Documentos sin fecha
undated-note = Documentos cuya fuente no indica ninguna fecha y que ninguna sesión sitúa.
taxonomy-session = Período de sesiones
taxonomy-signatory = Firmante
taxonomy-tag = Tema
taxonomy-sessions = Sesiones
taxonomy-title = { $name } ({ $taxonomy })
sessions-heading = Períodos de sesiones
signatories-heading = Firmantes
tags-heading = Temas
also-printed-as = También impreso como: { $names }
also-in = También en:
pagination-label = Páginas
pagination-page-of = Página { $number } de { $of }
pagination-first = Primera
pagination-previous = Anterior
pagination-next = Siguiente
pagination-last = Última
title-page-of = { $title } (página { $number } de { $of })
list-count = { $count } en total.

## Página de un documento
meta-date = Fecha
meta-undated = Sin fecha: la fuente no indica ninguna fecha
meta-session = Período de sesiones
meta-to = Destinatarios
meta-symbol = Signatura de la ONU
meta-concerns = Se refiere a
meta-signatories = Firmantes
meta-tags = Temas
meta-original = Original
meta-language = Idioma
concerning-votes = Votaciones sobre los textos a los que se refiere este documento
signatories = Firmantes
related-documents = Documentos relacionados
cited-by = Citado por
session-more-label = Más documentos de { $session }
session-more-html = Más documentos de <a href="{ $url }">{ $session }</a>
session-earlier = Anterior:
session-later = Siguiente:
session-only = El único documento de este período de sesiones.
toc-heading = Índice
toc-paragraph = párr. { $number }
toc-paragraphs = párrs. { $first } a { $last }
toc-paragraph-run = Párrafos { $first } a { $last }

## Votaciones
vote-heading-html = Votación registrada sobre <a href="{ $url }" class="symbol">{ $symbol }</a>
vote-heading-titled = Votación registrada: { $title }
vote-recorded-in-html = registrada en <a href="{ $url }" dir="auto">{ $title }</a>
position-yes = A favor
position-no = En contra
position-abstain = Abstención
position-absent = Ausente
position-not_recorded = Sin voto registrado
position-disputed = En disputa
outcome-adopted = Aprobado
outcome-rejected = Rechazado
outcome-not-known = Resultado desconocido
outcome-unknown = Desconocido
outcome-in-sentence = { $outcome ->
    [adopted] aprobado
   *[rejected] rechazado
}
outcome-contradicted = (según los recuentos: { $outcome ->
        [adopted] aprobado
       *[rejected] rechazado
    })
vote-counted = { $count ->
    [one] Recuento del { $count } Estado que figura a continuación.
   *[other] Recuento de los { $count } Estados que figuran a continuación.
}
vote-announced = Resultado anunciado: { $yes } votos a favor, { $no } en contra y { $abstain ->
        [one] { $abstain } abstención
       *[other] { $abstain } abstenciones
    }.
vote-announced-only = El resultado anunciado; el archivo no contiene el voto de cada Estado.
vote-partial = El resultado anunciado. El registro nombra { $named } de los Estados que cuenta, que figuran a continuación; { $count ->
        [one] { $count } no se nombra
       *[other] { $count } no se nombran
    }.
vote-outcome-rule = El resultado se deduce de la regla del Consejo: un texto se aprueba cuando más miembros votan a favor que en contra.
vote-result-not-known = recuento desconocido
vote-sources = Registrada en
vote-given-in = según
vote-no-record = El archivo no contiene ni el resultado ni el voto de cada Estado.
vote-discrepancies = Discrepancias en el registro
vote-table-caption = Voto de cada Estado sobre { $symbol }
vote-table-caption-titled = Voto de cada Estado sobre «{ $title }»
vote-state = Estado
vote-position = Voto
vote-not-in-registry = (no figura en el registro)
vote-list-not-named = { $count } sin nombrar
vote-list-none = Ninguno
vote-all-states = Los mismos Estados en una tabla
votes-heading = Votaciones
votes-lede-html = Todas las votaciones registradas en el archivo, de la más reciente a la más antigua. Los mismos datos se publican en <a href="{ $csv }">votes.csv</a> y <a href="{ $json }">votes.json</a>; el historial de cada Estado está en su página, en <a href="{ $states }">Estados</a>.
votes-caption = Votaciones registradas
votes-date = Fecha
votes-voted-on = Objeto de la votación
votes-outcome = Resultado
votes-recorded-in = Registrada en
votes-announced-only = solo el resultado anunciado
votes-announced-not-named = { $count ->
    [one] resultado anunciado; { $count } Estado sin nombrar
   *[other] resultado anunciado; { $count } Estados sin nombrar
}
votes-records = Registros de votación
votes-recorded-count = { $count ->
    [one] { $count } votación registrada.
   *[other] { $count } votaciones registradas.
}
votes-records-count = { $count ->
    [one] { $count } documento registra votaciones.
   *[other] { $count } documentos registran votaciones.
}

## Estados
state = Estado
states-heading = Estados
states-lede = Todos los Estados que figuran en una votación registrada en el archivo, por grupo regional de la ONU, con el número de sus votos registrados.
states-count = { $count ->
    [one] { $count } Estado
   *[other] { $count } Estados
}
recorded-votes-count = { $count ->
    [0] ningún voto registrado
    [one] { $count } voto registrado
   *[other] { $count } votos registrados
}
states-groups-source = Grupos regionales según los presenta el Departamento de la Asamblea General y de Gestión de Conferencias de la ONU. Türkiye, que participa en dos grupos, figura entre los Estados de Europa Occidental y otros Estados, su grupo a efectos electorales; los Estados que no pertenecen a ningún grupo, como los Estados observadores, figuran al final.
group-african = Estados de África
group-asia-pacific = Estados de Asia y el Pacífico
group-eastern-european = Estados de Europa Oriental
group-latin-american-caribbean = Estados de América Latina y el Caribe
group-western-european-other = Estados de Europa Occidental y otros Estados
group-none = Fuera de los grupos regionales
state-lede = Código ISO 3166: { $iso3 }. { $count ->
    [0] Ningún voto registrado en el archivo.
    [one] { $count } voto registrado en el archivo.
   *[other] { $count } votos registrados en el archivo.
}
state-lede-not-recorded = { $count ->
    [one] Otra hoja de votación lo incluye sin voto registrado.
   *[other] Otras { $count } hojas de votación lo incluyen sin voto registrado.
}
state-record-heading = Votos por período de sesiones
state-record-caption = Posiciones de { $state } por período de sesiones
state-session = Período de sesiones
state-total = Total
state-no-session = Sin período de sesiones
state-likeness-heading = Estados que votan de forma parecida
state-agreement-defined = La coincidencia es la proporción de las votaciones en que ambos Estados votaron (a favor, en contra o abstención) en la que votaron igual; no se comparan dos Estados que comparten menos de { $min } votaciones de ese tipo.
state-likeness-most = Votan más como { $state }
state-likeness-least = Votan menos como { $state }
state-agreement = { $percent } % de { $shared ->
    [one] { $shared } votación común
   *[other] { $shared } votaciones comunes
}
state-likeness-none = Ningún otro Estado comparte { $min } o más votaciones de ese tipo con { $state } en el archivo.
state-history-caption = Historial de votos: { $state }, de la más reciente a la más antigua
state-discussed-in = Tratada también en

## Documentos de la ONU
symbol = Documento de la ONU
symbols-heading = Documentos de la ONU
symbols-lede = Todos los documentos de la ONU que el archivo cita o sobre los que registra una votación, por el órgano que los emitió y por sesión o año, con los documentos que los citan. Un proyecto, sus revisiones y el texto aprobado a partir de él comparten una entrada.
symbols-also = con { $symbols }
symbols-series-session = Sesión { $number }
symbols-series-special = Sesión extraordinaria S-{ $number }
symbols-series-other = Otros documentos
body-hrc = Consejo de Derechos Humanos
body-general-assembly = Asamblea General
body-security-council = Consejo de Seguridad
body-ecosoc = Consejo Económico y Social
body-commission-on-human-rights = Comisión de Derechos Humanos
body-other = Otros documentos de la ONU
text-resolution = resolución
text-decision = decisión
text-president-statement = declaración de la Presidencia
text-revised-draft = proyecto revisado
text-draft = proyecto
text-document = documento
symbol-cited-count = { $count ->
    [0] objeto de una votación
    [one] citado en { $count } documento
   *[other] citado en { $count } documentos
}
symbol-text-adopted-html = , aprobada el <time datetime="{ $iso }">{ $date }</time>
symbol-text-in-archive-html = (en el archivo; <a href="{ $url }">texto oficial</a>)
symbol-group-lede = Un proyecto, sus revisiones y el texto aprobado a partir de él forman una sola página; cada signatura enlaza con su texto oficial.
symbol-single-lede = La signatura enlaza con el texto oficial.
symbol-session = Un documento de { $session }.
symbol-session-link-html = Un documento de <a href="{ $url }">{ $session }</a>.
symbol-votes = Votaciones registradas
symbol-vote-of = Votación del { $date }
symbol-vote-at-undated = Votación de la sesión { $session }, sin fecha
symbol-vote-undated = Votación sin fecha
symbol-vote-on-html = sobre <span class="symbol">{ $symbol }</span>
symbol-vote-result = { $yes } a favor, { $no } en contra, { $abstain ->
        [one] { $abstain } abstención
       *[other] { $abstain } abstenciones
    }
symbol-vote-recorded-in = registrada en
symbol-announced = (resultado anunciado)
symbol-announced-not-named = { $count ->
    [one] (resultado anunciado; { $count } Estado sin nombrar)
   *[other] (resultado anunciado; { $count } Estados sin nombrar)
}
symbol-cited-in = Citado en el archivo
symbol-listed = figura entre los documentos a los que se refiere
symbol-not-cited = Ningún documento del archivo lo cita en su texto; se conoce por una votación registrada.
symbol-neighbours-label = Otros documentos de { $session }
symbol-neighbours = Otros documentos de { $session } citados en el archivo
symbols-count = { $count ->
    [one] { $count } documento de la ONU.
   *[other] { $count } documentos de la ONU.
}
symbol-cited-by-count = { $count ->
    [one] { $count } documento lo cita.
   *[other] { $count } documentos lo citan.
}
symbol-before = Anterior:
symbol-after = Posterior:

## Búsqueda
search-title = Buscar
search-heading = Buscar en el archivo
search-lede = Búsqueda en el texto completo de todos los documentos, con filtros por tipo, período de sesiones y firmante. El índice forma parte del sitio, así que la búsqueda funciona sin conexión.
search-terms = Términos de búsqueda
search-kind = Tipo
search-any-kind = Todos los tipos
search-session = Período de sesiones
search-any-session = Todos los períodos
search-signatory = Firmante
search-any-signatory = Todos los firmantes
search-found = { $count ->
    [one] { $count } documento encontrado{ $shown }.
   *[other] { $count } documentos encontrados{ $shown }.
}
search-first-shown = { $count ->
    [one] (se muestra el primero)
   *[other] (se muestran los { $count } primeros)
}
search-filter-chosen = { $filter }: { $value }
search-none-filtered = { $count ->
    [one] Con los filtros { $filters }, ningún documento coincide con «{ $query }»; sin ellos, coincide { $count } documento.
   *[other] Con los filtros { $filters }, ningún documento coincide con «{ $query }»; sin ellos, coinciden { $count } documentos.
}
search-none-in-filters = Ningún documento cumple todos los filtros { $filters }.
search-clear-filters = Quitar los filtros
search-noscript-html = La búsqueda necesita JavaScript. Todos los documentos figuran también en las listas por <a href="{ $sessions }">período de sesiones</a>, <a href="{ $signatories }">firmante</a> y <a href="{ $tags }">tema</a>.

## Página inexistente
not-found-title = Página no encontrada
not-found-text = No hay ninguna página en esta dirección. Puede que haya cambiado al reorganizarse el archivo.
not-found-home-html = <a href="{ $home }">Ir a la página de inicio</a> para explorar los documentos por período de sesiones, tipo o firmante.

## Dirección antigua de un documento de la ONU cuya página es la de otro
redirect-html = { $symbol } está en <a href="{ $url }">esta página</a>, con sus proyectos, sus revisiones y el texto aprobado.

## Palabras que la etapa Markdown escribe en el texto de un documento
body-paragraph-link = Enlace al párrafo { $number }
body-notes-heading = Notas
body-note-back = Volver al texto

## Las discrepancias de una votación, bajo «Discrepancias en el registro». Los
## resultados se escriben a favor-en contra-abstenciones (23-16-8); `$position` es yes,
## no, abstain, absent o not_recorded, y un resultado adopted o rejected.
quoted = «{ $text }»
vote-note-in = En «{ $title }»: { $note }
vote-note-run-together = «{ $printed }» se lee como { $states }: parece que a la fuente le falta una coma.
vote-note-unknown-state = «{ $printed }» no es un Estado que conozca el registro; su voto se muestra tal como está impreso.
vote-note-listed-twice = { $state } figura dos veces (como «{ $first }» y como «{ $again }»).
vote-note-no-recorded-vote = { $state } figura en la hoja sin voto registrado.
vote-note-roll-and-declared = La lista imprime el resultado { $roll }; el registro declara { $declared }.
vote-note-roll-count = La lista imprime { $label } ({ $count }) pero nombra { $named ->
    [one] { $named } Estado
   *[other] { $named } Estados
}.
vote-note-state-disputed = Las fuentes discrepan sobre { $state }: { $positions }.
vote-note-position-in = { $position ->
    [yes] a favor
    [no] en contra
    [abstain] abstención
    [absent] ausente
   *[not_recorded] sin voto registrado
} según { $sources }
vote-note-results-disagree = Las fuentes discrepan sobre el resultado: { $first } según «{ $first_title }», { $other } según «{ $other_title }».
vote-note-outcomes-disagree = Las fuentes discrepan sobre el resultado final: { $first ->
    [adopted] aprobado
   *[rejected] rechazado
} según «{ $first_title }», { $other ->
    [adopted] aprobado
   *[rejected] rechazado
} según «{ $other_title }».
vote-note-result-differs = El resultado anunciado ({ $declared }) difiere de los votos registrados aquí ({ $counted }){ $not_recorded ->
    [0] {""}
   *[other] {" "}({ $not_recorded } sin voto registrado)
}.
vote-note-named-beyond-count = El registro nombra { $named ->
    [one] { $named } Estado
   *[other] { $named } Estados
} { $position ->
    [yes] a favor
    [no] en contra
   *[abstain] que se abstienen
}, pero el resultado anunciado ({ $declared }) solo cuenta { $counted }.
vote-note-outcome-contradicted = El registro indica que el texto fue { $stated ->
    [adopted] aprobado
   *[rejected] rechazado
}, pero { $yes } votos a favor y { $no } en contra lo { $derived ->
    [adopted] aprueban
   *[rejected] rechazan
} según la regla del Consejo.
vote-note-outcome-contradicted-in = «{ $title }» indica que el texto fue { $stated ->
    [adopted] aprobado
   *[rejected] rechazado
}, pero { $yes } votos a favor y { $no } en contra lo { $derived ->
    [adopted] aprueban
   *[rejected] rechazan
} según la regla del Consejo.

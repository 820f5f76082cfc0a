// Example operations the IDE opens with, one tab each (GraphiQL `defaultTabs`).
// Each answers one analyst question against schema/graph.graphql, using ids from seed/.
// `variables` is the JSON text of the variables editor.

const vars = (v) => JSON.stringify(v, null, 2);

export const examples = [
  {
    query: `# Welcome! Each tab answers one question an analyst asks the graph.
# Run it with the play button (or Ctrl+Enter). Open "Docs" on the left to browse the schema.
#
# Queries need nothing else. Mutations (importArticle, retractArticle) are refused unless the
# request carries the server's import key: open "Headers" below and add
#   {"X-Import-Key": "<the key configured as Api:ImportKey>"}
#
# Who said up to 12,000 North Korean troops were sent to Russia,
# through which outlet, in which article?
query WhoSaidUpTo12000($deployment: ID!) {
  claims(involving: $deployment, first: 50) {
    totalCount
    edges {
      node {
        id
        statement
        quote
        quantity { value low high unit qualifier }
        attributedTo { id name }
        via { id name }
        reportedIn { id title url publishedOn language publisher { id name } }
        reports {
          how
          quote
          originatedBy { id name }
          via { id name }
          article { id title publishedOn publisher { name } }
        }
      }
    }
  }
}
`,
    variables: vars({ deployment: 'north-korean-troops-in-russia-2024' }),
  },
  {
    query: `# Which figures for the North Korean deployment to Russia disagree?
# Each claim lists the claims that give a different figure for the same thing,
# and how many independent asserters back each one (echoes are not corroboration).
query DisagreeingFigures($deployment: ID!) {
  claims(involving: $deployment, first: 50) {
    edges {
      node {
        id
        statement
        quantity { value low high unit qualifier }
        independentAsserters
        attributedTo { name }
        disagreesWith {
          id
          statement
          quantity { value low high unit qualifier }
          independentAsserters
          attributedTo { name }
        }
      }
    }
  }
}
`,
    variables: vars({ deployment: 'north-korean-troops-in-russia-2024' }),
  },
  {
    query: `# When was the Russia-North Korea treaty signed and by whom, when did North Korea
# ratify it, and what does it oblige the parties to do?
# The claims carry the dates and obligations with their sources; the neighbourhood shows
# who is a party (PARTY_TO), who signed (SIGNED), who ratified (RATIFIED) and the events.
query Treaty($treaty: ID!) {
  treaty: node(id: $treaty) {
    id
    ... on Entity { name aliases }
  }
  claims(involving: $treaty, first: 50) {
    totalCount
    edges {
      node {
        statement
        quote
        about { id ... on Entity { name } }
        attributedTo { name }
        via { name }
        reportedIn { title publishedOn }
      }
    }
  }
  neighbourhood(id: $treaty, limit: 50) {
    nodes { id kind caption }
    edges { source target type }
  }
}
`,
    variables: vars({ treaty: 'russia-dprk-strategic-partnership-treaty' }),
  },
  {
    query: `# What did Antony Blinken say about the North Korean soldiers?
query BlinkenOnNorthKoreanSoldiers($person: ID!) {
  person: node(id: $person) { id ... on Entity { name aliases } }
  claims(attributedTo: $person, first: 20) {
    edges {
      node {
        statement
        quote
        about { id ... on Entity { name } }
        reports {
          how
          quote
          via { name }
          article { title url publishedOn publisher { name } }
        }
      }
    }
  }
}
`,
    variables: vars({ person: 'antony-blinken' }),
  },
  {
    query: `# Who reported that 500 officers and three generals were sent,
# and who commented on what that means?
query OfficersAndGenerals($reporter: ID!, $commentator: ID!) {
  reported: claims(attributedTo: $reporter, first: 20) {
    edges {
      node {
        statement
        quantity { value unit qualifier }
        quote
        attributedTo { id name }
        via { name }
        reportedIn { title publishedOn }
      }
    }
  }
  commented: claims(attributedTo: $commentator, first: 20) {
    edges {
      node {
        statement
        quote
        attributedTo { id name }
        via { name }
        reportedIn { title publishedOn }
      }
    }
  }
}
`,
    variables: vars({ reporter: 'ukrainian-intelligence', commentator: 'ivan-klyszcz' }),
  },
  {
    query: `# Where did North Korean soldiers reportedly clash with Ukrainian forces,
# and according to whom?
query Clashes($place: ID!) {
  place: node(id: $place) { id ... on Entity { name aliases } }
  claims(involving: $place, first: 20) {
    edges {
      node {
        statement
        quote
        about { id ... on Entity { name } }
        attributedTo { id name }
        via { name }
        reports { how originatedBy { name } article { title publishedOn } }
      }
    }
  }
}
`,
    variables: vars({ place: 'kursk-region' }),
  },
  {
    query: `# Search names and aliases in any language, ignoring case and diacritics:
# "Korea Utara" (Indonesian) finds North Korea first.
query Search($text: String!) {
  search(text: $text, first: 5) {
    __typename
    id
    name
    aliases
  }
}
`,
    variables: vars({ text: 'Korea Utara' }),
  },
  {
    query: `# What is around North Korea? The same neighbourhood the graph view draws
# (open /explore?id=north-korea to see it).
query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, limit: 100) {
    nodes { id kind caption }
    edges { source target type }
  }
}
`,
    variables: vars({ id: 'north-korea' }),
  },
  {
    query: `# Browse a page at a time: events between two dates (oldest first), and an outlet's
# articles (newest first). Pass pageInfo.endCursor as "after" for the next page.
query Browse($from: String, $to: String, $publisher: ID) {
  events: entities(kinds: [EVENT], from: $from, to: $to, sort: EARLIEST_FIRST, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name ... on Event { date place { name } } } }
  }
  articles(publisher: $publisher, first: 10) {
    totalCount
    edges { node { id title publishedOn language } }
  }
}
`,
    variables: vars({ from: '2024-06', to: '2024-11', publisher: 'jatim-times' }),
  },
  {
    query: `# Since when is the treaty in force, and according to whom?
# Every dated fact of a thing comes from the claims that state it: the value they settle on,
# its status (SETTLED, REFINED, DISPUTED, SINGLE_SOURCE), the claims behind it and against it.
# Set asOf (e.g. "2024-11-12") to see the treaty as it was known at the end of that day.
query TreatyInForce($treaty: ID!, $asOf: String) {
  node(id: $treaty, asOf: $asOf) {
    ... on Treaty {
      name
      signedOn
      inForceOn
      ratifications { on entity { name } }
      facts {
        name
        value
        precision
        status
        supportedBy {
          statement
          independentOrigins { name }
          reportedIn { title publishedOn }
        }
        contestedBy { statement independentOrigins { name } }
      }
    }
  }
}
`,
    variables: vars({ treaty: 'russia-dprk-strategic-partnership-treaty', asOf: null }),
  },
  {
    query: `# What changed between 12 November and 5 December 2024?
# New claims, new reports of known claims, and facts whose value or status changed,
# each with the article that brought it (articles published after the end of "from" up to the end of "to").
query WhatChanged($from: String!, $to: String!) {
  changes(from: $from, to: $to) {
    kind
    article { title publishedOn publisher { name } }
    claim { statement }
    report { quote originatedBy { name } }
    thing { id name }
    fact { name value status }
    before { value status }
  }
}
`,
    variables: vars({ from: '2024-11-12', to: '2024-12-05' }),
  },
  {
    query: `# Import an article, as a seed file under seed/articles would (docs/seed-format.md).
# Needs the server's import key: fill in "X-Import-Key" under "Headers" below.
# With dryRun: true nothing is written and the counts say what would change;
# set it to false to write. Problems come back as VALIDATION_ERROR with extensions.field.
mutation ImportArticle($input: ArticleInput!, $dryRun: Boolean) {
  importArticle(input: $input, dryRun: $dryRun) {
    articleId
    dryRun
    changed
    created
    updated
    unchanged
    changes { kind created updated unchanged removed }
    warnings { field message }
  }
}
`,
    variables: vars({
      dryRun: true,
      input: {
        id: '2024-11-13-example-ide-import',
        title: 'Korea Utara kirim pasukan ke Rusia',
        publisher: 'Jatim Times',
        published: '2024-11-13T08:00:00+07:00',
        language: 'id',
        cites: ['ntv'],
        claims: [
          {
            id: 'north-korea-sent-up-to-12000-troops-to-russia',
            statement: 'Up to 12,000 North Korean troops have been sent to Russia.',
            predicate: 'troops-sent',
            about: ['north-korean-troops-in-russia-2024', 'north-korea', 'russia'],
            quantity: { value: 12000, qualifier: 'UP_TO', unit: 'troops' },
            time: '2024-11',
            quote: 'Hingga 12.000 tentara Korea Utara telah dikirim ke Rusia, dilansir dari NTV.',
            from: ['us-intelligence', 'south-korean-intelligence', 'ukrainian-intelligence'],
            via: [{ id: 'ntv', how: 'TRANSLATED' }],
          },
        ],
      },
    }),
    headers: vars({ 'X-Import-Key': '' }),
  },
];

export default examples;

using Graph.Api.Claims;
using Graph.Api.Facts;
using Graph.Api.History;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Api.Reading;
using GraphQL.Types;

namespace Graph.Api.Entities;

/// <summary>
/// What every kind of thing has (the <c>Node</c> and <c>Entity</c> fields, its claims and its ties),
/// and the helpers each kind uses to expose its own ties. Each field reads what its projection fetched in the
/// operation's statement (<see cref="EntityProjections"/>), else (not compiled) a batched loader.
/// </summary>
public abstract class EntityGraphType : ObjectGraphType<NodeRecord>
{
    protected EntityGraphType(string kind, string description)
    {
        Name = kind;
        Description = description;
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = value => value is NodeRecord node && node.Kind == kind;
        this.AlwaysFetches("name"); // lists of things are sorted by name (CypherOrder.ByName)

        Field<NonNullGraphType<IdGraphType>>("id").Description("The thing's unique id, a lower-case slug.").Reads().Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its usual English name.").Reads("name").Resolve(c => c.Source.Text("name") ?? c.Source.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names, in any language (\"Korea Utara\", \"DPRK\").").Reads("aliases").Resolve(c => c.Source.Texts("aliases"));
        Field<StringGraphType>("description").Description("A short description, when the seed gives one.").Reads("description").Resolve(c => c.Source.Text("description"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims")
            .Description("Claims about this thing and, unless it is an event, about the treaties, deployments and events tied to it, earliest reported first (at most 100; page with `Query.claims(involving:)`).")
            .Projects(s => EntityProjections.Involving(s))
            .Reads()
            .Resolve(c => c.Source.Or(c, EntityProjections.ReadClaims, () => AsOf.Load(c, EntityCypher.Claims, c.Source.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("facts")
            .Description("Its dated and valued properties (signed on, ratified by each state on, in force on; an event's date and place; a deployment's size, start and end; a role's start and end), " +
                "each with the value the claims about it settle on, its status, and the claims that support and contest it.")
            .WithAsOf()
            .Projects(FactCypher.FactsOf)
            .Reads()
            .Resolve(c => FactLoader.Facts(c));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("relations")
            .Description("Every tie between this thing and another, both ways.")
            .Projects(s => EntityProjections.Ties(s, outgoing: null, [], null, "entity"))
            .Reads()
            .Resolve(c => c.Source.Or(c, EntityProjections.ReadTies, () => c.Loaders().Load(EntityCypher.Relations, c.Source.Id)));
    }

    /// <summary>The things at the other end of ties of <paramref name="type"/>, optionally only of one kind.</summary>
    protected void Related<TGraphType>(string name, string description, string type, bool outgoing, string? kind = null)
        where TGraphType : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name).Description(description)
            .Projects(s => EntityProjections.Ties(s, outgoing, [type], kind))
            .Reads()
            .Resolve(c => c.Source.Or(c, fetched => Nodes(EntityProjections.ReadTies(fetched)), () => c.Loaders().Load(EntityCypher.Relations, c.Source.Id)
                .Then(ties => Nodes(ties.Where(t => t.Type == type && t.Outgoing == outgoing && (kind is null || t.Node.Kind == kind))))));

    /// <summary>The one thing at the other end of a tie of <paramref name="type"/>, or null.</summary>
    protected void RelatedOne<TGraphType>(string name, string description, string type, bool outgoing)
        where TGraphType : IGraphType =>
        Field<TGraphType>(name).Description(description)
            .Projects(s => EntityProjections.Ties(s, outgoing, [type], null))
            .Reads()
            .Resolve(c => c.Source.Or(c, fetched => EntityProjections.ReadTies(fetched).FirstOrDefault()?.Node, () => c.Loaders().Load(EntityCypher.Relations, c.Source.Id)
                .Then(ties => ties.FirstOrDefault(t => t.Type == type && t.Outgoing == outgoing)?.Node)));

    /// <summary>The ties themselves, with their role and dates.</summary>
    protected void Ties(string name, string description, bool outgoing, params string[] types) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>(name).Description(description)
            .Projects(s => EntityProjections.Ties(s, outgoing, types, null, "entity"))
            .Reads()
            .Resolve(c => c.Source.Or(c, EntityProjections.ReadTies, () => c.Loaders().Load(EntityCypher.Relations, c.Source.Id)
                .Then(ties => ties.Where(t => t.Outgoing == outgoing && types.Contains(t.Type)).ToList())));

    protected void Statements(string description) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("statements").Description(description)
            .Projects(s => EntityProjections.Originated(s))
            .Reads()
            .Resolve(c => c.Source.Or(c, EntityProjections.ReadClaims, () => AsOf.Load(c, EntityCypher.Statements, c.Source.Id)));

    /// <summary>A property that is a fact: the value the claims settle on (<see cref="FactLoader.Value"/>).</summary>
    protected void FactProperty(string name, string description) =>
        Field<StringGraphType>(name).Description(description + " The value the claims about it settle on (see `facts`).")
            .Projects(FactCypher.EvidenceOf)
            .Reads()
            .Resolve(c => FactLoader.Value(c, name));

    private static List<NodeRecord> Nodes(IEnumerable<RelationRecord> ties) => [.. ties.Select(t => t.Node)];

    protected void Property(string name, string description) =>
        Field<StringGraphType>(name).Description(description).Reads(name).Resolve(c => c.Source.Text(name));
}

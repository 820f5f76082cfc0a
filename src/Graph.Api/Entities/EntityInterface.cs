using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class EntityInterface : InterfaceGraphType
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A thing in the world (country, person, organisation, place, treaty, deployment, event), as opposed to what is said about it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The thing's unique id, a lower-case slug.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its usual English name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other names, in any language (\"Korea Utara\", \"DPRK\").");
        Field<StringGraphType>("description").Description("A short description, when the seed gives one.");
    }
}

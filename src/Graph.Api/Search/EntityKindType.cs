using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Search;

public sealed class EntityKindType : EnumerationGraphType
{
    public EntityKindType()
    {
        Name = "EntityKind";
        Description = "The kinds of thing.";
        Add("COUNTRY", Labels.Country, "A state.");
        Add("PERSON", Labels.Person, "A person.");
        Add("ORGANIZATION", Labels.Organization, "A government body, agency, armed force, outlet or think tank.");
        Add("PLACE", Labels.Place, "A region or city.");
        Add("TREATY", Labels.Treaty, "A treaty or agreement.");
        Add("DEPLOYMENT", Labels.Deployment, "Troops sent by one state to another.");
        Add("EVENT", Labels.Event, "A summit, signing, ratification, clash, statement ...");
    }
}

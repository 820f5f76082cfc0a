using Graph.Api.Imports;
using GraphQL.Types;

namespace Graph.Api;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Changes to the graph. Each needs the header X-Import-Key carrying the server's import key (Api:ImportKey); with no key configured the API is read-only and every mutation is refused with FORBIDDEN.";
        ImportMutations.Add(this);
    }
}

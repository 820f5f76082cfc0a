using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class EntitySortType : EnumerationGraphType
{
    public const string ByName = "NAME";
    public const string EarliestFirst = "EARLIEST_FIRST";
    public const string LatestFirst = "LATEST_FIRST";

    public EntitySortType()
    {
        Name = "EntitySort";
        Description = "The order of a list of things.";
        Add(ByName, ByName, "By name, A to Z.");
        Add(EarliestFirst, EarliestFirst, "By the thing's date (an event's date, a deployment's start, a treaty's signing), oldest first; undated things last.");
        Add(LatestFirst, LatestFirst, "By the thing's date, newest first; undated things last.");
    }
}

using GraphQL.Types;

namespace Graph.Api.Reading;

/// <summary>
/// What a caller adds to a node's compiled map besides its selection (<see cref="ProjectionScope.MergedMap(string, IReadOnlyList{FieldSelection}, IReadOnlyList{IReadOnlyList{string}}, MapExtras)"/>):
/// the properties <see cref="Reads"/> names (every property, <c>.*</c>, when null), and <see cref="Entries"/> beside them, each compiled like a field's
/// <see cref="Projection"/> over the node after its selected fields, so that it joins the walks they declared
/// (<see cref="ProjectionScope.SharedWalk"/>): a thing's fact evidence reads the days and origins of a claim's reports
/// from the one walk its shown fields (<c>reportedIn</c>, <c>independentOrigins</c>) read them from.
/// </summary>
/// <param name="Host">The field whose projection asks for the extras: the field an entry's scope names
/// (<see cref="ProjectionScope.Field"/>, under the entry's key, with no selection of its own).</param>
/// <param name="Entries">By key, which must not name a property of the node; the key of an entry that joins a walk holds a space,
/// as it names the entry's part there, so that it never meets the part of a selected field (a response key).</param>
/// <param name="Reads">The properties the caller reads of the node besides those its selected fields read
/// (<see cref="ProjectionExtensions.Reads"/>); null: every property (<c>.*</c>). When a selected field does not declare
/// its reads, the map reads every property anyway.</param>
public sealed record MapExtras(FieldType Host, IReadOnlyDictionary<string, Projection> Entries, IReadOnlyList<string>? Reads = null);

namespace Ingestion.Parser.Core;

/// <summary>
/// "Updated Nov. 3, 2022 4:20 PM" shown, and a JSON-LD article that gives only <c>"dateModified":
/// "2022-11-03T16:20:00-04:00"</c>: the page's one time is shown without a zone, but the machine-readable copy of the
/// same clock says it. The shown time takes that offset; a modified time at another clock says nothing of it.
/// </summary>
internal static class ModifiedClockZone
{
    /// <summary>Length of "2022-11-03T16:20:00", a time without an offset.</summary>
    private const int LocalLength = 19;

    /// <summary>Length of "2022-11-03T16:20", the day and the minute both must share.</summary>
    private const int MinuteLength = 16;

    public static string? Applied(string? shown, string? modified) =>
        shown is { Length: LocalLength } && modified is { Length: > LocalLength } && modified.AsSpan(0, MinuteLength).SequenceEqual(shown.AsSpan(0, MinuteLength))
            ? modified
            : shown;
}

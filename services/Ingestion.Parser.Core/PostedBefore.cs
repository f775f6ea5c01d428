namespace Ingestion.Parser.Core;

/// <summary>
/// Whether one comment was surely posted before another, from the ISO times the parser gave them ("2013-09-17T16:58:00"
/// before "2013-09-17T17:31:00"). A reply answers a comment posted before it: in a thread printed newest first ("Sort by
/// Newest") the comment a flat reply names ("Antwort auf kritischer_leser") stands under the reply, and a comment of that
/// name printed over it came later. Only two times of one form (both with a clock, the same offset or none) are compared;
/// a missing time, a date alone or two different offsets tell nothing.
/// </summary>
internal static class PostedBefore
{
    public static bool Surely(string? earlier, string? later) =>
        earlier is { Length: >= 19 } && later is { Length: >= 19 } && earlier.Length == later.Length && earlier[10] == 'T' && later[10] == 'T'
        && earlier.AsSpan(19).SequenceEqual(later.AsSpan(19)) && string.CompareOrdinal(earlier, 0, later, 0, 19) < 0;
}

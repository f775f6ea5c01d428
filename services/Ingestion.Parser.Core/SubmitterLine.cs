namespace Ingestion.Parser.Core;

/// <summary>
/// "Submitted by Harlow County Office of Emergency Management", "Posted by Riverside Parks Department": the line naming
/// who sent a release or notice a local site republishes. The submitter is an office, so the line reads as no byline,
/// but it is no headline either: no headline opens with "Submitted by".
/// </summary>
internal static class SubmitterLine
{
    private static readonly PrefixSet Prefixes = new(["submitted by ", "posted by ", "contributed by "]);

    public static bool Is(string line) => line.Length is > 13 and < 150 && line[0] is 'S' or 'P' or 'C' && Prefixes.Matches(line.AsSpan().Trim());
}

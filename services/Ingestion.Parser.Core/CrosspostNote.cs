namespace Ingestion.Parser.Core;

/// <summary>
/// "Crosspost: https://notes.example.org/412", "Cross-posted from the project blog", "Crosspost von: …": a blogger who
/// runs the same post on two blogs closes it with a line naming the other copy, the blog's furniture and no paragraph
/// of the text, as "Originally posted to …" and "Previously published on …" are (<see cref="BoilerplateFilter"/>). The
/// line opens with the word ("Crosspost", "Cross-post", "Crossposted", "Cross-posted") followed by a colon or by the
/// preposition that names where ("from", "at", "on", "von", "auf", "bei"); "Crossposting is …" opening a sentence is text.
/// </summary>
internal static class CrosspostNote
{
    private static readonly PrefixSet Openings = new(
    [
        "crosspost:", "cross-post:", "crossposted:", "cross-posted:",
        "crosspost from ", "crossposted from ", "cross-posted from ", "crossposted at ", "cross-posted at ",
        "crossposted on ", "cross-posted on ", "crosspost von", "crosspost auf ", "crosspost bei ",
    ]);

    private const int LongestNote = 160;

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length <= LongestNote && text.Length > 10 && text[0] is 'C' or 'c' && Openings.Matches(text);
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "Listen to Harbour Radio live at 12:45 and 17:45 weekdays - or listen back here.", "Watch Quay Tonight live at 7pm or
/// catch up here": a broadcaster's plug for the programme behind a clip, set in italics under the clip's summary beside
/// its "Follow … on Instagram" line. It tells the reader where to hear the programme, not what the story says; no
/// paragraph. Known by its opening ("Listen to ", "Watch ") and a schedule or catch-up phrase (" live at ", " live on ",
/// "listen back", "listen again", "catch up"), in a short line. A sentence reporting what someone heard ("Listen to the
/// recordings, the judge said, …") holds none of the phrases and stays. Cost: a length and first-letter check per short
/// line, then one prefix compare and one phrase search.
/// </summary>
internal static class BroadcastSchedulePromo
{
    private const int MaxLength = 140;

    private static readonly PrefixSet Openings = new("listen to ", "watch ");

    private static readonly PhraseSet Schedule = new([" live at ", " live on ", "listen back", "listen again", "catch up", "watch again"]);

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is > 20 and <= MaxLength && text[0] is ('L' or 'W') && Openings.MatchLength(text) > 0 && Schedule.FoundIn(text);
}

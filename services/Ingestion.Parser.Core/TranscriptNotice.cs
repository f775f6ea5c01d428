using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Copyright © 2013 WKPR. For personal, noncommercial use only. See Terms of Use. For other uses, prior permission required.
/// This is a rush transcript. This copy may not be in its final form and may be updated or revised in the future.": the
/// notice public radio prints over a broadcast's transcript, no line of what was said.
/// </summary>
internal static class TranscriptNotice
{
    private static readonly SearchValues<string> Phrases = SearchValues.Create(
        ["this is a rush transcript", "this copy may not be in its final form", "this transcript may not be in its final form"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Copyright 2013 Cascade Public Radio. This transcript is provided for personal, noncommercial use only and may not be
    /// reproduced.": a station's rights notice under a story's web text; the use it allows is named only in such a notice,
    /// which names its rights or the transcript too.
    /// </summary>
    private static readonly SearchValues<string> UseTerms = SearchValues.Create(
        ["for personal, noncommercial use only", "for personal, non-commercial use only", "for personal noncommercial use only"], StringComparison.OrdinalIgnoreCase);

    private static readonly PhraseSet NoticeWords = new(["copyright", "©", "transcript"]);

    /// <summary>Shorter than the shortest phrase, a line holds none: most lines of a page skip both searches.</summary>
    private const int MinLength = 25;

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length >= MinLength && (text.ContainsAny(Phrases) || (text.ContainsAny(UseTerms) && NoticeWords.FoundIn(text)));
}

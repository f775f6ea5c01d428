namespace Ingestion.Parser.Core;

/// <summary>
/// "This is a web version of a story that aired on KPRN's Morning Edition. Audio may differ slightly from the text; …",
/// "A version of this story aired on All Things Considered.", "This story aired on Weekend Edition.": a radio or TV
/// station's note that the page is the written copy of a broadcast piece, under or over the text; no part of it, as a
/// magazine's "This story appears in the October 2013 issue" is not. "This story aired on …" alone is taken only as one
/// short sentence: a longer one ("This story aired on Monday and drew hundreds of calls …") is the story's own.
/// </summary>
internal static class BroadcastVersionNote
{
    private const int MinLength = 24;
    private const int MaxLength = 240;

    /// <summary>"This story aired on Weekend Edition.": one sentence this long at most.</summary>
    private const int MaxShortNote = 80;

    private static readonly PrefixSet Openings = new(
        "this is a web version of ", "this is the web version of ", "this is an online version of ", "a version of this story aired ",
        "an audio version of this story aired ", "a version of this story was broadcast ", "this story originally aired on ", "this story was originally broadcast on ");

    private static readonly PrefixSet ShortOpenings = new("this story aired on ", "this story was broadcast on ", "this report aired on ");

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < MinLength or > MaxLength || text[0] is not ('T' or 'A') || (text[1] is not ('h' or ' ' or 'n')))
        {
            return false;
        }

        if (Openings.Matches(text))
        {
            // "This is a web version of a story that aired …": the broadcast is named, not just any "version".
            return text.Contains(" aired", StringComparison.Ordinal) || text.Contains(" broadcast", StringComparison.Ordinal);
        }

        return text.Length <= MaxShortNote && ShortOpenings.Matches(text) && Words.EndsSentence(text)
            && text[..^1].IndexOfAny('.', '!', '?') < 0;
    }
}

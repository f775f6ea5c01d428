namespace Ingestion.Parser.Core;

/// <summary>
/// "Chief said on the radio the east bins are fine so far.": a reader's sentence about what someone said reads like a
/// "Name said on September 24, 2013:" header up to its "on", but what follows is no date and the line ends as a
/// sentence does. It is the comment's text, not a header naming "Chief".
/// </summary>
internal static class SaidOnSentence
{
    /// <summary>Whether <paramref name="when"/>, the words after "said on", closes a sentence instead of giving a time.</summary>
    public static bool Is(ReadOnlySpan<char> when)
    {
        var text = when.Trim();
        if (text.Length < 4 || text[^1] is not ('.' or '!' or '?'))
        {
            return false;
        }

        // "… said on Sept. 24." has its date; a sentence about the radio or the council has no digit.
        return !text.ContainsAnyInRange('0', '9');
    }
}

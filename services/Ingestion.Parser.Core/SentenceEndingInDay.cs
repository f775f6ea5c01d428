namespace Ingestion.Parser.Core;

/// <summary>
/// "Shorts getting crushed today.", "Sold out now!": a short sentence of a comment whose last word is a relative day
/// reads like a header of a name and its time ("hanna.w heute", "Name yesterday"); but a header never closes its day
/// word with a sentence's full stop or exclamation mark.
/// </summary>
internal static class SentenceEndingInDay
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (text.Length < 2 || text[^1] is not ('.' or '!'))
        {
            return false;
        }

        var words = text[..^1].TrimEnd('!');
        var space = words.LastIndexOf(' ');
        return space > 0 && DateWords.TryGet(words[(space + 1)..], out var kind, out _) && kind == DateWords.Kind.RelativeDay;
    }
}

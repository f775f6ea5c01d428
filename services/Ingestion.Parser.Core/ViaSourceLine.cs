namespace Ingestion.Parser.Core;

/// <summary>
/// "[via Granger Falls Gazette]", "(via Local News 8)": an aggregator's post names the story it took its news from in
/// a bracketed line of its own under the text. It credits the source and is no paragraph of the post.
/// </summary>
internal static class ViaSourceLine
{
    private const int MostChars = 80;

    public static bool Is(ReadOnlySpan<char> text)
    {
        // Asked of every line: the brackets at both ends are checked before the word.
        if (text.Length < 7 || text.Length > MostChars || text[0] is not ('[' or '(') || text[^1] != (text[0] == '[' ? ']' : ')'))
        {
            return false;
        }

        var inner = text[1..^1].TrimStart();
        return inner.StartsWith("via ", StringComparison.OrdinalIgnoreCase) && inner.IndexOfAny('[', '(') < 0
            && inner[4..].TrimStart() is [var first, ..] && char.IsUpper(first);
    }
}

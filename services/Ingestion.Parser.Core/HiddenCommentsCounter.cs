namespace Ingestion.Parser.Core;

/// <summary>
/// "44 hidden comments", "1 hidden comment": Slash's note of the comments under the reader's score threshold, printed
/// between threads or under the last one; a control of the thread, no text of the comment above it.
/// </summary>
internal static class HiddenCommentsCounter
{
    private static readonly System.Buffers.SearchValues<char> CountCharacters = System.Buffers.SearchValues.Create("0123456789,");

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 16 or > 30 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var space = text.IndexOf(' ');
        return space > 0 && !text[..space].ContainsAnyExcept(CountCharacters)
            && text[(space + 1)..] is var rest
            && (rest.Equals("hidden comments", StringComparison.OrdinalIgnoreCase) || rest.Equals("hidden comment", StringComparison.OrdinalIgnoreCase));
    }
}

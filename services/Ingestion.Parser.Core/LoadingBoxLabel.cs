namespace Ingestion.Parser.Core;

/// <summary>
/// "Loading Related Articles...", "Loading Comments…": the label a script shows in a box until it fills it with other
/// stories or the thread, saved unfilled; a text dump prints it as a line of its own under the text. "Loading" with a
/// title-case name of what loads (one to four words) and the dots is the box's label, no sentence; "Loading the ferry
/// took an hour..." goes on in lower case and stays.
/// Cost: asked only of a short line that opens "Loading ": a walk over at most five words.
/// </summary>
internal static class LoadingBoxLabel
{
    private const string Opening = "Loading ";
    private const int LongestLabel = 60;
    private const int MostWords = 4;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length >= LongestLabel || !text.StartsWith(Opening, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> name;
        if (text.EndsWith("...", StringComparison.Ordinal))
        {
            name = text[Opening.Length..^3];
        }
        else if (text.EndsWith("…", StringComparison.Ordinal))
        {
            name = text[Opening.Length..^1];
        }
        else
        {
            return false;
        }

        var words = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MostWords || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return words > 0;
    }
}

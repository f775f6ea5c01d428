namespace Ingestion.Parser.Core;

/// <summary>
/// "[IMG] Workers desilt a storm water drain … (DS photo: R Senthil Kumar)": lynx prints a picture without alt text as
/// "[IMG]" (or "[INLINE]"), and when the caption follows inline, on the caption's own line. The placeholder is no part of
/// the caption or of any text; alone on its line it is dropped elsewhere (<see cref="TextBrowserDump"/>). A picture
/// printed as its file name ("[dims?resize=980%2C640&amp;i=6] Marisol Quennell/Gadgetorium") gets a line of its own over
/// the caption, as a text browser prints it when the caption is a block of its own (<see cref="PictureFileLine"/>). An
/// alt text of percent-escaped address parts before a byline goes too (<see cref="PercentEncodedAltWord"/>).
/// </summary>
internal static class ImagePlaceholderPrefix
{
    private static readonly string[] Placeholders = ["[IMG] ", "[INLINE] ", "[image] "];

    public static List<TextLine> Remove(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            if (text.Length >= 8 && (text[0] == '[' ? PlaceholderLength(text) : PercentEncodedAltWord.Length(text)) is > 0 and var length)
            {
                result ??= lines.GetRange(0, i);
                if (text[0] == '[' && FileNameLength(text) == length)
                {
                    result.Add(new TextLine(line.Indent, text[..(length - 1)], line.Centred));
                }

                result.Add(new TextLine(line.Indent, text[length..], line.Centred));
            }
            else
            {
                result?.Add(line);
            }
        }

        return result ?? lines;
    }

    /// <summary>The length of the placeholder or file name and the space after it that open the line, or 0.</summary>
    private static int PlaceholderLength(string text)
    {
        foreach (var placeholder in Placeholders)
        {
            if (text.StartsWith(placeholder, StringComparison.Ordinal))
            {
                return text.Length > placeholder.Length && !char.IsWhiteSpace(text[placeholder.Length]) ? placeholder.Length : 0;
            }
        }

        return FileNameLength(text);
    }

    private static int FileNameLength(string text)
    {
        // "[a-1.jpg] [a-2.jpg]": a row of file names is a picture's line, whose caption the line under it holds.
        var close = text.IndexOf("] ", StringComparison.Ordinal);
        return close > 0 && close + 2 < text.Length && !char.IsWhiteSpace(text[close + 2]) && !PictureFileLine.Is(text)
            && PictureFileLine.Is(text.AsSpan(0, close + 1)) ? close + 2 : 0;
    }
}

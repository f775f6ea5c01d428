namespace Ingestion.Parser.Core;

/// <summary>
/// "[IMG] Workers desilt a storm water drain … (DS photo: R Senthil Kumar)": lynx prints a picture without alt text as
/// "[IMG]" (or "[INLINE]"), and when the caption follows inline, on the caption's own line. The placeholder is no part of
/// the caption or of any text; alone on its line it is dropped elsewhere (<see cref="TextBrowserDump"/>).
/// </summary>
internal static class ImagePlaceholderPrefix
{
    private static readonly string[] Placeholders = ["[IMG] ", "[INLINE] ", "[image] "];

    public static List<TextLine> Remove(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length < 8 || text[0] != '[')
            {
                continue;
            }

            foreach (var placeholder in Placeholders)
            {
                if (text.StartsWith(placeholder, StringComparison.Ordinal) && text.Length > placeholder.Length && !char.IsWhiteSpace(text[placeholder.Length]))
                {
                    result ??= [.. lines];
                    result[i] = new TextLine(lines[i].Indent, text[placeholder.Length..], lines[i].Centred);
                    break;
                }
            }
        }

        return result ?? lines;
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "ByMaren Holloway": the byline's label and the name are two spans with nothing between them, as Blogger's and many
/// newspaper templates print "&lt;span class="byline-label"&gt;By&lt;/span&gt;&lt;span class="fn"&gt;…", which text
/// extraction and innerText-style scrapers join. A capital and a small letter after "By" start a name ("Byron" has no
/// capital there, "BYRON" no small letter).
/// </summary>
internal static class GluedByLabel
{
    /// <summary>2 when <paramref name="text"/> opens with "By" or "BY" glued to a capitalised word, else 0.</summary>
    public static int Length(ReadOnlySpan<char> text) =>
        text.Length > 4 && text[0] == 'B' && text[1] is 'y' or 'Y' && char.IsUpper(text[2]) && char.IsLower(text[3]) ? 2 : 0;
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "ByMaren Holloway", "vonMaren Holloway": the byline's label and the name are two elements with nothing between them, as
/// Blogger's and many newspaper templates print "&lt;span class="byline-label"&gt;By&lt;/span&gt;&lt;span class="fn"&gt;…"
/// and a German blog theme "&lt;em&gt;von&lt;/em&gt;&lt;span&gt;Name&lt;/span&gt;", which text extraction and innerText-style
/// scrapers join. A capital and a small letter after "By" or "von" start a name ("Byron", "Vonovia" have no capital
/// there, "BYRON" no small letter).
/// </summary>
internal static class GluedByLabel
{
    /// <summary>
    /// The label's length when <paramref name="text"/> opens with "By", "BY", "von" or "Von" glued to a capitalised word,
    /// else 0.
    /// </summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        var label = text.Length > 4 && text[0] == 'B' && text[1] is 'y' or 'Y' ? 2
            : text.Length > 5 && text[0] is 'v' or 'V' && text[1] == 'o' && text[2] == 'n' ? 3
            : 0;
        return label > 0 && char.IsUpper(text[label]) && char.IsLower(text[label + 1]) ? label : 0;
    }
}

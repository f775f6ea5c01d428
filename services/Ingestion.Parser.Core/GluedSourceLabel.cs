namespace Ingestion.Parser.Core;

/// <summary>
/// "SourceHarbour Board minutes": a blog template's source row under the text sets its label in an element of its own
/// ("&lt;li&gt;&lt;strong&gt;Source&lt;/strong&gt;&lt;a&gt;Harbour Board minutes&lt;/a&gt;&lt;/li&gt;"), the gap drawn by the style sheet, so the
/// page's text, and lynx and w3m alike, glue the label to the name it credits. Read apart, the line is the credit
/// "Source: Harbour Board minutes" the boilerplate filter drops (<c>IsSourceAttribution</c>). Known by "Source" glued to
/// a capital that opens a name of two to five words, at most 60 characters, ending no sentence. A one-word name
/// ("SourceForge"), lower case after the label ("Sourced from …") and a sentence stay.
/// </summary>
internal static class GluedSourceLabel
{
    private const string Label = "Source";

    private const int LongestLine = 60;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length >= LongestLine || text.Length <= Label.Length + 1 || !text.StartsWith(Label, StringComparison.Ordinal) || !char.IsUpper(text[Label.Length]))
        {
            return false;
        }

        var name = text[Label.Length..];
        var words = Words.Count(name);
        return words is >= 2 and <= 5 && !Words.EndsSentence(name);
    }
}

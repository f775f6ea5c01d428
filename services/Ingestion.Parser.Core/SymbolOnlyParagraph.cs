namespace Ingestion.Parser.Core;

/// <summary>
/// "/": a slideshow's pager ("<c>&lt;span class="current"&gt;&lt;/span&gt;&lt;span class="separator"&gt;/&lt;/span&gt;&lt;span
/// class="total"&gt;&lt;/span&gt;</c>", its numbers filled in by a script) left in the text's box, a separator row's
/// "|" or "•": a line without a letter or a digit says nothing a reader reads, and no labelled page keeps one as a paragraph.
/// </summary>
internal static class SymbolOnlyParagraph
{
    /// <summary>The paragraphs less those without a letter or digit; the same list when there is none.</summary>
    public static List<string> Without(List<string> body) =>
        body.Exists(IsSymbolsOnly) ? body.FindAll(paragraph => !IsSymbolsOnly(paragraph)) : body;

    public static bool IsSymbolsOnly(string paragraph) => !Words.HasLetterOrDigit(paragraph);
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="categories__label"&gt;TAGS/&lt;/span&gt; &lt;a&gt;…&lt;/a&gt; , &lt;a&gt;…&lt;/a&gt;": a design that prints one slash
/// after a label in place of its colon. The slash is no part of the label's words, so "TAGS/" is the known "Tags"
/// label; a label of two slashes ("// Tags", a code comment's) is read by <c>WithoutCommentSlashes</c>, and a slash
/// inside the words ("Tags/Topics") stays.
/// </summary>
internal static class SlashedLabel
{
    /// <summary>The label without one trailing slash (and the spaces before it); any other label as it is.</summary>
    public static string Words(string label) =>
        label is [.., not '/', '/'] ? label[..^1].TrimEnd() : label;
}

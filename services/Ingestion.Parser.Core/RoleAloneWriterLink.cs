namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="byline-author"&gt;&lt;a href="/author/site-editor/"&gt;Editor&lt;/a&gt;&lt;/div&gt;": a site whose desk posts under a
/// shared account links the byline to that account's page, and the link reads the role alone ("Editor", "Staff",
/// "Reporter"). The link names no person; the story is signed by the desk, as "Staff Report" is.
/// </summary>
internal static class RoleAloneWriterLink
{
    /// <summary>Whether <paramref name="name"/>, a writer link's text, is one role word and nothing else.</summary>
    public static bool Is(string name) => name.Length <= 20 && BylineParser.IsDeskWord(name);
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/tag/culture/"&gt;#Culture&lt;/a&gt;": a site that prints its tag links as hashtags marks each with "#", as
/// Tumblr prints "#city council"; the mark is the list's style, not the tag's word, so a tag link loses it wherever it
/// is read. A lone "#" stays, being no tag at all.
/// </summary>
internal static class HashtagMark
{
    public static string Without(string tag) => tag.Length > 1 && tag[0] == '#' ? tag.TrimStart('#').TrimStart() : tag;
}

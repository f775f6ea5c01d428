namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;header&gt;&lt;h1&gt;&lt;a href="/"&gt;&lt;!--[if lt IE 9]&gt;&lt;img alt="The Daily Spoof"&gt;&lt;![endif]--&gt;&lt;/a&gt;&lt;/h1&gt; …
/// &lt;ul class="icons"&gt;&lt;li&gt;&lt;a class="youtube"&gt;&lt;img alt="YouTube"&gt;&lt;/a&gt;…": a header whose logo is a background
/// picture (its alt text only in an old browser's comment) shows the social networks' follow icons as its first pictures
/// with alt text. An icon named for a network is a button to follow the site there, never the site's logo.
/// </summary>
internal static class SocialNetworkIcon
{
    private static readonly WordSet Networks = new(
        "youtube", "facebook", "twitter", "instagram", "pinterest", "linkedin", "tumblr", "google plus", "google+", "flickr", "vimeo",
        "tiktok", "snapchat", "whatsapp", "reddit", "rss", "x");

    /// <summary>Whether the text is a social network's name alone ("Instagram", "TikTok").</summary>
    public static bool IsNetworkName(ReadOnlySpan<char> text) => text.Length <= 16 && Networks.Contains(text.Trim());

    /// <summary>Whether the alt text is a social network's name alone.</summary>
    public static bool Is(string alt) => alt.Length <= 16 && Networks.Contains(alt.AsSpan().Trim());
}

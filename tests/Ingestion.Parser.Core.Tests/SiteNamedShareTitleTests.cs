using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNamedShareTitleTests
{
    private static string Page(string shareTitle, string heading) => $$"""
        <html lang="de"><head>
        <title>Warum taut das Eis? - KlarWissen</title>
        <meta property="og:title" content="{{shareTitle}}">
        <meta property="og:site_name" content="KlarWissen">
        </head><body>
        <div class="mod_article"><h1>{{heading}}</h1>
        <div class="ce_text">
        <p>Ein Gletscher wächst, wenn im Winter mehr Schnee fällt, als im Sommer schmilzt. Seit einigen Jahrzehnten ist es umgekehrt, und die Zunge zieht sich zurück.</p>
        <p>Wird das Eis dunkler, etwa durch Staub, nimmt es mehr Wärme auf und schmilzt noch schneller. Forschende sprechen von einer Rückkopplung.</p>
        </div></div></body></html>
        """;

    [Fact]
    public void A_short_h1_is_the_headline_where_the_sharing_title_adds_only_the_sites_name()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("KlarWissen - Warum taut das Eis?", "Warum taut das Eis?")), "eis.html");

        Assert.Equal("Warum taut das Eis?", page.Title);
        Assert.Equal("KlarWissen", page.Site);
    }

    [Theory]
    [InlineData("KlarWissen - Warum taut das Eis?", "Warum taut das Eis?", true)]
    [InlineData("Warum taut das Eis? | KlarWissen", "Warum taut das Eis?", true)]
    [InlineData("Gletscher im Sommer - Warum taut das Eis?", "Warum taut das Eis?", false)]
    [InlineData("KlarWissen - Wetter", "Wetter", false)]
    [InlineData("KlarWissen Warum taut das Eis?", "Warum taut das Eis?", false)]
    public void Only_the_sites_own_name_beside_the_h1_counts(string shareTitle, string shown, bool frames) =>
        Assert.Equal(frames, SiteNamedShareTitle.Frames(shareTitle, shown, "KlarWissen"));
}

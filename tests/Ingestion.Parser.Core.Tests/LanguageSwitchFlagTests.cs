using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LanguageSwitchFlagTests
{
    private static ParsedPage Parse(string headerLinks) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Debt recovery across borders</title></head><body>
        <header><div class="logo-block"><a href="/" id="logo"></a></div>
        <div class="languages"><ul class="lang-inline">{{headerLinks}}</ul></div></header>
        <div class="itemView"><h1>Debt recovery across borders</h1>
        <div class="itemFullText">
        <p>Collecting a claim from a debtor abroad takes a title that the courts of the other country accept, and the steps differ from one country to the next.</p>
        <p>A European order for payment is often the quickest way for small claims, since the court issues it without a hearing once the form is complete.</p>
        </div></div>
        <footer><p>© Harbour Law 2016</p></footer>
        </body></html>
        """), "debt.html");

    [Fact]
    public void A_language_flag_in_the_header_names_no_site()
    {
        var page = Parse("""<li><a href="/de/recovery"><img src="/images/de.gif" alt="Deutsch (DE) "></a></li><li><a href="/en/recovery"><img src="/images/en.gif" alt="English (UK)"></a></li>""");

        Assert.NotEqual("Deutsch (DE)", page.Site);
    }

    [Theory]
    [InlineData("""<a href="/de/"><img alt="Deutsch (DE) "></a>""", true)]
    [InlineData("""<a href="/fr/"><img alt="Français"></a>""", true)]
    [InlineData("""<a href="/nl/" hreflang="nl"><img alt="NL"></a>""", true)]
    [InlineData("""<a href="/"><img alt="Harbour Law (Est. 1998)"></a>""", false)]
    [InlineData("""<a href="/"><img alt="Deutsche Harbour Law"></a>""", false)]
    public void Only_a_language_name_or_a_link_to_a_language_is_a_flag(string markup, bool expected)
    {
        var image = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{markup}</body>").QuerySelector("img")!;
        Assert.Equal(expected, LanguageSwitchFlag.Is(image));
    }
}

using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EmailAddressLinkTests
{
    [Theory]
    [InlineData("<a href=\"mailto:desk@valledigital.example\">desk@valledigital.example</a>", true)]
    [InlineData("<a href=\"MAILTO:ana@valledigital.example\"> ana@valledigital.example </a>", true)]
    [InlineData("<a href=\"mailto:ana@valledigital.example\">Ana Ruiz</a>", false)]
    [InlineData("<a href=\"/autor/ana-ruiz\">ana@valledigital.example</a>", false)]
    public void A_mail_link_showing_the_address_is_a_contact(string markup, bool contact)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");

        Assert.Equal(contact, EmailAddressLink.Is(document.QuerySelector("a")!));
    }

    private static string Story(string byline) => $$"""
        <html><head><title>Lluvias dejan calles anegadas en el sur | Diario del Valle</title>
        <meta property="og:title" content="Lluvias dejan calles anegadas en el sur" /></head>
        <body><h1>Lluvias dejan calles anegadas en el sur</h1>
        <div class="author"><div class="author-data">{{byline}}</div></div>
        <section class="article-body"><p>Las lluvias de la madrugada dejaron al menos doce calles anegadas en el sur de la ciudad, según el cuerpo de bomberos.</p>
        <p>Los vecinos pidieron a la alcaldía limpiar los canales antes de la temporada invernal, que empieza en diciembre.</p></section></body></html>
        """;

    [Fact]
    public void A_desk_stacked_over_its_address_names_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story(
            "<a rel=\"author\" href=\"/autor/redaccion\"><b>Por: </b>Redacción</a><a href=\"mailto:redaccion@valledigital.example\">redaccion@valledigital.example</a>")), "story.html");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writer_stacked_over_her_address_is_the_author_without_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Story(
            "<a rel=\"author\" href=\"/autor/ana-ruiz\"><b>Por: </b>Ana Ruiz</a><a href=\"mailto:aruiz@valledigital.example\">aruiz@valledigital.example</a>")), "story.html");

        Assert.Equal(["Ana Ruiz"], page.Authors);
    }
}

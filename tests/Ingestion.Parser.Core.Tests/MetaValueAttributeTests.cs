using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MetaValueAttributeTests
{
    // A page saver that wrote every meta's text into "value": the title, site, time and writer are stated only there.
    private const string Head = """
        <html><head><meta charset="UTF-8"><title>Garden letter #12: roses, sheds &amp; more</title>
        <meta value="Garden letter #12: roses, sheds &amp; more" name="og:title">
        <meta value="The Potting Shed" name="og:site_name">
        <meta name="author" value="Wilma Hartley">
        <meta value="2021-05-09T07:30:00+01:00" name="article:published_time">
        <meta http-equiv="X-UA-Compatible" value="ie=edge">
        </head>
        """;

    private const string Body = """
        <body><div class="masthead"><h1>Garden letter #12: roses, sheds &amp; more</h1></div>
        <main><div class="content"><p>Welcome to the twelfth garden letter, with news from the beds and the shed, a word on the weather and a look at the plans for the autumn.</p>
        <h1 id="news">News from the beds</h1>
        <h2><a href="https://roses.example/">Roses are early</a></h2>
        <p>The roses opened early this year, two weeks before the ones on the south wall did, and the bees found them at once.</p>
        </div></main></body></html>
        """;

    private static ParsedPage Parse(string head) => PageParser.Parse(Encoding.UTF8.GetBytes(head + Body), "letter.html");

    [Fact]
    public void Metas_written_with_value_give_the_title_site_and_time()
    {
        var page = Parse(Head);

        Assert.Equal("Garden letter #12: roses, sheds & more", page.Title);
        Assert.Equal("The Potting Shed", page.Site);
        Assert.Equal("2021-05-09T07:30:00+01:00", page.PublishedAt);
    }

    [Fact]
    public void Content_wins_over_value_on_the_same_tag()
    {
        var page = Parse(Head.Replace("<meta value=\"The Potting Shed\" name=\"og:site_name\">",
            "<meta value=\"Old Name\" content=\"The Potting Shed\" name=\"og:site_name\">", StringComparison.Ordinal));

        Assert.Equal("The Potting Shed", page.Site);
    }

    [Fact]
    public void A_value_on_a_meta_with_no_name_or_property_is_no_field()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><head><meta http-equiv=\"X-UA-Compatible\" value=\"ie=edge\"><meta name=\"author\" value=\"Wilma Hartley\"></head></html>");

        Assert.Null(MetaValueAttribute.Content(document.Head!.Children[0]));
        Assert.Equal("Wilma Hartley", MetaValueAttribute.Content(document.Head!.Children[1]));
    }
}

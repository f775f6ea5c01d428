using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CoauthorBylineTests
{
    private const string Byline =
        "<span class=\"byline\"><span>by</span> <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/nfeld/\">Naomi Feld</a></span> and <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/ralmonte/\">Ricardo Almonte</a></span></span>";

    [Fact]
    public void A_byline_linking_each_writer_gives_them_all()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div><span class=\"pb-byline\">By <a href=\"/lena\">Lena Marchbanks</a> and <a href=\"/oscar\">Oscar Whitfield</a>,</span> <span>Published: September 26</span></div></body></html>");
        Assert.Equal(["Lena Marchbanks", "Oscar Whitfield"], CoauthorByline.Widened(document, ["Lena Marchbanks"]));
    }

    [Fact]
    public void A_byline_with_other_words_between_its_links_changes_nothing()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"byline-box\">By <a href=\"/lena\">Lena Marchbanks</a>, with photos by <a href=\"/oscar\">Oscar Whitfield</a></div></body></html>");
        Assert.Equal(["Lena Marchbanks"], CoauthorByline.Widened(document, ["Lena Marchbanks"]));
    }

    [Fact]
    public void A_byline_naming_the_metadata_writer_and_more_gives_them_all()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><header>" + Byline + "</header></body></html>");
        Assert.Equal(["Naomi Feld", "Ricardo Almonte"], CoauthorByline.Widened(document, ["Naomi Feld"]));
    }

    [Fact]
    public void A_byline_without_the_metadata_writer_changes_nothing()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><header>" + Byline + "</header></body></html>");
        Assert.Equal(["Carla Dunn"], CoauthorByline.Widened(document, ["Carla Dunn"]));
    }

    [Fact]
    public void A_byline_of_as_many_names_changes_nothing()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><header>" + Byline + "</header></body></html>");
        Assert.Equal(["Naomi Feld", "Ricardo Almonte"], CoauthorByline.Widened(document, ["Naomi Feld", "Ricardo Almonte"]));
    }
}

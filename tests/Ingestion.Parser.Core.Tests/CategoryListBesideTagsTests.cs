using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoryListBesideTagsTests
{
    private static List<string> Tags(string body)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>");
        return TagLinks.Find(document.DocumentElement).Select(link => link.TextContent.Trim()).ToList();
    }

    private const string Categories =
        "<div class='entry-categories'><h4>Categories:</h4><ul><li><a href='/grid/city-council/' rel='tag'>City Council</a>,</li>"
        + "<li class='entry-category'><a href='/grid/transportation/' rel='tag'>Transportation</a></li></ul></div>";

    private const string TagList =
        "<div class='entry-tags'><h4>Tags:</h4><ul><li><a href='/search?tag=bike+lanes' rel='tag'>bike lanes</a>,</li>"
        + "<li><a href='/search?tag=parking' rel='tag'>parking</a></li></ul></div>";

    [Fact]
    public void Categories_beside_a_tag_list_are_no_tags()
    {
        Assert.Equal(["bike lanes", "parking"], Tags(Categories + TagList));
    }

    [Fact]
    public void Categories_alone_stay_the_tag_list()
    {
        Assert.Equal(["City Council", "Transportation"], Tags(Categories));
    }

    [Fact]
    public void A_post_classed_with_its_category_keeps_its_tags()
    {
        // WordPress classes the whole post "category-news" (singular): its tag links are tags.
        Assert.Equal(["bike lanes", "parking"], Tags("<article class='post type-post category-news'><div><p>Text.</p>" + TagList + "</div></article>"));
    }
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoriesBesideTagsTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void Categories_right_over_or_under_a_tags_line_are_no_tags()
    {
        Assert.True(CategoriesBesideTags.Is(Lines("Categories: Laos, Vietnam, Overland\nTags: border crossings, buses, visas"), 0));
        Assert.True(CategoriesBesideTags.Is(Lines("Tags: border crossings, buses\nCategories: Laos, Vietnam"), 1));
        Assert.True(CategoriesBesideTags.Is(Lines("Categories: Laos, Vietnam\nTopics: border crossings | buses"), 0));
        Assert.True(CategoriesBesideTags.Is(Lines("Categories: Laos, Vietnam\nFiled under: border crossings • buses"), 0));
    }

    [Fact]
    public void Categories_one_blank_line_over_or_under_a_tags_line_are_no_tags()
    {
        Assert.True(CategoriesBesideTags.Is(Lines("Categories: Environment, Legislature\n\nTags: plastic bags, Ellis Navarro"), 0));
        Assert.True(CategoriesBesideTags.Is(Lines("Tags: plastic bags, Ellis Navarro\n\nCategories: Environment, Legislature"), 2));
        Assert.False(CategoriesBesideTags.Is(Lines("Categories: Environment, Legislature\n\nComments (4)\n\nTags: plastic bags"), 0));
    }

    [Fact]
    public void A_categories_line_alone_stays_the_tag_list()
    {
        Assert.False(CategoriesBesideTags.Is(Lines("Categories: Laos, Vietnam, Overland\n\n18 Responses"), 0));
        Assert.False(CategoriesBesideTags.Is(Lines("Tags: border crossings, buses\nThe bus left at dawn."), 1));
    }

    [Fact]
    public void A_bare_categories_label_over_its_entries_and_a_bare_tags_label_is_a_box()
    {
        var lines = Lines("Der Abend endete mit einem Konzert auf dem Marktplatz.\nKategorien\nAusflüge\nFamilie\nTags\nSommer");
        Assert.Equal(3, CategoriesBesideTags.BareLabelBoxEnd(lines, 1, lines.Count));
        Assert.Equal(3, CategoriesBesideTags.BareLabelBoxEnd(lines, 1, 4));
        var closing = Lines("Der Abend endete mit einem Konzert auf dem Marktplatz.\nKategorien\nAusflüge\n");
        Assert.Equal(2, CategoriesBesideTags.BareLabelBoxEnd(closing, 1, closing.Count));
    }

    [Fact]
    public void A_bare_categories_label_over_text_or_with_no_tags_label_is_no_box()
    {
        var overText = Lines("Kategorien\nDie Jury vergibt die Preise in fünf Kategorien, jede mit einem eigenen Gremium.\nTags");
        Assert.Equal(-1, CategoriesBesideTags.BareLabelBoxEnd(overText, 0, overText.Count));
        var textUnder = Lines("Kategorien\nAusflüge\nFamilie\nDie Jury tagte bis spät in die Nacht und vergab danach die Preise.");
        Assert.Equal(-1, CategoriesBesideTags.BareLabelBoxEnd(textUnder, 0, textUnder.Count));
        var empty = Lines("Kategorien\nTags\nSommer");
        Assert.Equal(-1, CategoriesBesideTags.BareLabelBoxEnd(empty, 0, empty.Count));
    }

    [Fact]
    public void A_post_info_box_under_the_text_is_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Sommerfest am Hafen - Kieler Blatt</title></head><body>
            <h1>Sommerfest am Hafen</h1>
            <div class="entry"><div class="the-content">
            <p>Das Sommerfest am Hafen hat am Wochenende mehr Besucher angezogen als in den Jahren zuvor, sagen die Veranstalter.</p>
            <p>Der Abend endete mit einem Konzert auf dem Marktplatz, das bis kurz vor Mitternacht dauerte und friedlich blieb.</p>
            </div>
            <div class="postinfo"><div class="post-categories"><div class="postinfo-label">Kategorien</div><div class="category-list"><a href="/ausfluege/">Ausflüge</a></div></div>
            <div class="post-tags"><div class="postinfo-label">Tags</div></div></div>
            </div></body></html>
            """), "page.html");

        Assert.Equal(
            ["Das Sommerfest am Hafen hat am Wochenende mehr Besucher angezogen als in den Jahren zuvor, sagen die Veranstalter.",
             "Der Abend endete mit einem Konzert auf dem Marktplatz, das bis kurz vor Mitternacht dauerte und friedlich blieb."],
            page.BodyParagraphs);
    }
}

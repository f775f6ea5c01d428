using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlugTagSpellingTests
{
    [Fact]
    public void A_slug_tag_takes_the_shown_tag_lists_spelling()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><ul class=\"tags\"><li><a href=\"/tag/community\">Community</a></li>"
            + "<li><a href=\"/tag/sharing-economy\">Sharing Economy</a></li></ul></body></html>");
        List<string> tags = ["Community", "Sharing-Economy"];

        SlugTagSpelling.Respell(tags, document.DocumentElement);

        Assert.Equal(["Community", "Sharing Economy"], tags);
    }

    [Fact]
    public void A_hyphenated_tag_the_list_does_not_show_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><ul class=\"tags\"><li><a href=\"/tag/x\">Sharing Culture</a></li></ul></body></html>");
        List<string> tags = ["Sharing-Economy", "Follow-up"];

        SlugTagSpelling.Respell(tags, document.DocumentElement);

        Assert.Equal(["Sharing-Economy", "Follow-up"], tags);
        Assert.True(SlugTagSpelling.SameWords("New York", "new-york"));
        Assert.False(SlugTagSpelling.SameWords("New Yorker", "new-york"));
    }
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MastheadHeaderMenuTests
{
    private const string TopicsRow = """
        <dl class="nav-giga"><dt class="heading">注目の話題</dt><dd class="keyword"><ul><li class="item"><a href="/special/1/recent/">灯台めぐり</a></li><li class="item"><a href="/special/2/recent/">島の祭り</a></li><li class="item"><a href="/special/3/recent/">港の朝市</a></li></ul></dd></dl>
        """;

    [Fact]
    public void The_sites_topics_row_in_its_masthead_is_no_tag_list()
    {
        var page = HarborPortalPage.Parse(masthead: TopicsRow);

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_keyword_row_in_the_storys_own_header_stays_its_tags()
    {
        var page = HarborPortalPage.Parse(storyHeader: TopicsRow);

        Assert.Equal(["灯台めぐり", "島の祭り", "港の朝市"], page.Tags);
    }
}

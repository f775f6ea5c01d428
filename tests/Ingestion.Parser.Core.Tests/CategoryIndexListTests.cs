using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoryIndexListTests
{
    private static ParsedPage Parse(int categories) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Parking rules change on the river bank - Lindner Law Notes</title></head><body>
        <div id="content"><h2 class="date-header">12.3.13</h2><div class="post">
        <h3 class="storytitle"><a href="/2013/03/parking.html">Parking rules change on the river bank</a></h3>
        <div class="storycontent"><p>The town council has changed the parking rules on the river bank, and the new signs went up on Monday morning.</p>
        <p>Residents who park there overnight now need a permit, which the town hall issues for a small fee once a year.</p></div>
        <div class="meta">posted by Lindner at 09:15</div></div></div>
        <div id="menu"><ul><li id="categories">Categories: <ul>
        {string.Concat(Enumerable.Range(1, categories).Select(i => $"<li class=\"cat-item\"><a href=\"/labels/topic-{i}\">Topic {i}</a></li>\n"))}
        </ul></li></ul></div></body></html>
        """), "page.html");

    [Fact]
    public void A_sidebar_list_of_every_category_gives_no_tags()
    {
        var page = Parse(categories: 120);

        Assert.Empty(page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_limit_lies_above_any_post_s_own_list() => Assert.False(CategoryIndexList.IsIndex(12));
}

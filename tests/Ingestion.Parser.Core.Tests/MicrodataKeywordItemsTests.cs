using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MicrodataKeywordItemsTests
{
    [Fact]
    public void Each_marked_keywords_item_is_a_tag_in_page_order()
    {
        Assert.Equal(["wind farm", "Cwm Rhydd", "planning"], MicrodataKeywordItems.Tags(["wind farm", "Cwm Rhydd", "planning"]));
    }

    [Fact]
    public void One_keywords_value_is_split_as_a_tag_line_and_repeats_and_blanks_go()
    {
        Assert.Equal(["schools", "bond issue"], MicrodataKeywordItems.Tags(["schools, bond issue", "", null, "Schools"]));
    }
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteInBylineTests
{
    [Fact]
    public void The_bylines_last_piece_named_by_the_copyright_line_is_the_paper()
    {
        List<string> authors = ["Deborah Quist", "Carrow Valley Ledger"];
        SiteInByline.RemoveHolderFrom(authors, () => "Carrow Valley Ledger");
        Assert.Equal(["Deborah Quist"], authors);
    }

    [Fact]
    public void A_second_writer_the_copyright_line_does_not_name_stays()
    {
        List<string> authors = ["Mara Quill", "Scott Behrendt"];
        SiteInByline.RemoveHolderFrom(authors, () => "Lakeshore Courier");
        Assert.Equal(["Mara Quill", "Scott Behrendt"], authors);
    }

    [Fact]
    public void A_lone_writer_is_kept_though_the_copyright_line_names_the_same_words()
    {
        // A columnist's blog under their own name: the one name is the writer's.
        List<string> authors = ["Carrow Valley Ledger"];
        SiteInByline.RemoveHolderFrom(authors, () => "Carrow Valley Ledger");
        Assert.Equal(["Carrow Valley Ledger"], authors);
    }
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RightsReservedAfterHolderTests
{
    [Fact]
    public void An_author_meta_naming_the_copyright_metas_holder_before_its_glued_reservation_names_no_writer()
    {
        var page = KeywordsInDocumentTitleTests.Parse("渡轮票价五月上涨，燃油成本翻倍|渡轮|票价|海港_海港订阅");
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void An_author_meta_naming_someone_else_is_still_the_writer()
    {
        var page = KeywordsInDocumentTitleTests.Parse("渡轮票价五月上涨，燃油成本翻倍|渡轮|票价|海港_海港订阅", author: "李明");
        Assert.Equal(["李明"], page.Authors);
    }

    [Theory]
    [InlineData("海港网版权所有", "海港网")]
    [InlineData("Harbour Post. All Rights Reserved.", "Harbour Post")]
    [InlineData("Harbour Post", "Harbour Post")]
    [InlineData("版权所有", "版权所有")]
    public void The_reservation_after_the_holder_is_cut(string copyright, string holder) =>
        Assert.Equal(holder, RightsReservedAfterHolder.Strip(copyright).ToString());
}

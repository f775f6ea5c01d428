using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BackToTopLinkTests
{
    [Theory]
    [InlineData("港湾ポータルTOPへ")]
    [InlineData("ページTOPへ")]
    [InlineData("トップへ戻る")]
    [InlineData("ページの先頭へ")]
    public void A_japanese_button_back_to_the_top_is_furniture(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("港湾局はフェリーの運賃を5月から1割値上げすると発表し、定期券はトップへの報告の後に見直すということです。")]
    [InlineData("TOPへの道")]
    public void A_sentence_or_title_that_only_holds_the_words_is_text(string line) => Assert.False(BackToTopLink.Is(line));
}

using Graph.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Graph.Api.BrowserTests;

/// <summary>
/// The GraphQL IDE at /graphql in a real browser: its schema loads (introspection passes the API's limits),
/// so the Docs explorer and the editor's autocompletion work, and every file it needs comes from the API itself.
/// </summary>
public sealed class IdeTests(ApiServerFixture api) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task The_ide_loads_the_schema_lists_query_fields_in_docs_and_completes_claims()
    {
        var page = await api.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var problems = new List<string>();
        var external = new List<string>();
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.RequestFailed += (_, request) => problems.Add("failed: " + request.Url);
        page.Request += (_, request) =>
        {
            if (api.IsOutside(request.Url))
            {
                external.Add(request.Url);
            }
        };
        var introspected = page.WaitForResponseAsync(r => r.Url.EndsWith("/graphql", StringComparison.Ordinal)
            && (r.Request.PostData ?? "").Contains("__schema", StringComparison.Ordinal));

        await page.GotoAsync(new Uri(api.BaseAddress, "/graphql").ToString());
        var introspection = await introspected;
        var introspectionBody = await introspection.TextAsync();
        Assert.True(introspection.Status == 200 && !introspectionBody.Contains("\"errors\"", StringComparison.Ordinal),
            $"the IDE's introspection was answered {introspection.Status}: {introspectionBody[..Math.Min(300, introspectionBody.Length)]}");

        // On load the result pane shows nothing, in particular no error.
        await page.WaitForSelectorAsync(".graphiql-execute-button", new PageWaitForSelectorOptions { Timeout = 30_000 });
        var result = await page.Locator(".graphiql-response").InnerTextAsync();
        Assert.DoesNotContain("error", result, StringComparison.OrdinalIgnoreCase);

        // Docs: the explorer names the root type; opening Query lists its fields.
        await page.ClickAsync("button[aria-label='Show Documentation Explorer']");
        var docs = page.Locator(".graphiql-doc-explorer");
        await docs.GetByText("Query", new LocatorGetByTextOptions { Exact = true }).First.ClickAsync(new LocatorClickOptions { Timeout = 15_000 });
        foreach (var field in new[] { "claims", "node", "path", "timeline", "search" })
        {
            await docs.Locator(".graphiql-doc-explorer-field-name", new LocatorLocatorOptions { HasTextString = field }).First
                .WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        }

        // The picture for the README: Docs open beside the first example's answer.
        await page.ClickAsync(".graphiql-execute-button");
        await page.WaitForFunctionAsync("() => document.querySelector('.graphiql-response').innerText.includes('totalCount')",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        var screenshot = Path.Combine(Neo4jServer.RepositoryRoot(), "docs", "ide.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        // Autocompletion: "{ cla" in the query editor offers `claims`, from the schema the IDE introspected.
        var editor = page.Locator(".graphiql-query-editor .monaco-editor").First;
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("{ cla", new KeyboardTypeOptions { Delay = 50 });
        var suggestions = page.Locator(".monaco-editor .suggest-widget");
        try
        {
            await suggestions.GetByText("claims", new LocatorGetByTextOptions { Exact = true }).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            await page.Keyboard.PressAsync("Control+Space");
            await suggestions.GetByText("claims", new LocatorGetByTextOptions { Exact = true }).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        }

        Assert.Empty(external);
        Assert.Empty(problems);
    }
}

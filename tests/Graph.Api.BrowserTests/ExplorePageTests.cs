using Graph.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Graph.Api.BrowserTests;

public sealed class ExplorePageTests(ApiServerFixture api) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task Explore_draws_north_korea_with_russia_the_treaty_and_the_deployment_and_expands_on_click()
    {
        var page = await api.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);

        await page.GotoAsync(new Uri(api.BaseAddress, "/explore?id=north-korea").ToString());
        await page.WaitForSelectorAsync("body[data-state='ready']", new PageWaitForSelectorOptions { Timeout = 30_000 });

        foreach (var id in new[] { "russia", "russia-dprk-strategic-partnership-treaty", "north-korean-troops-in-russia-2024" })
        {
            Assert.Equal(1, await page.Locator($"#drawn-nodes li[data-id='{id}']").CountAsync());
        }

        // The first picture goes one step through treaties and deployments: where the deployment is.
        Assert.Equal(1, await page.Locator("#drawn-nodes li[data-id='kursk-region']").CountAsync());

        // A real click on the deployment's node on the canvas: the side panel shows it.
        var at = await page.EvaluateAsync<double[]>("""
            id => {
              const node = window.graphView.cy.getElementById(id);
              const p = node.renderedPosition();
              const box = document.getElementById('cy').getBoundingClientRect();
              return [box.left + p.x, box.top + p.y, node.renderedWidth()];
            }
            """, "north-korean-troops-in-russia-2024");
        // Inside the node's drawn body: its centre first, then points a quarter of its width off it, because other test
        // classes add claims to the shared graph while this runs, and an edge to one of them may cross the node's centre.
        var shown = false;
        var off = at[2] / 4;
        foreach (var (dx, dy) in new[] { (0.0, 0.0), (off, 0.0), (-off, 0.0), (0.0, off), (0.0, -off) })
        {
            await page.Mouse.ClickAsync((float)(at[0] + dx), (float)(at[1] + dy));
            try
            {
                await page.WaitForFunctionAsync("() => document.getElementById('details').textContent.includes('North Korean troops in Russia')",
                    null, new PageWaitForFunctionOptions { Timeout = 5_000 });
                shown = true;
                break;
            }
            catch (TimeoutException)
            {
            }
        }

        if (!shown)
        {
            // Say what the page showed instead, so a failure in CI can be understood from the log.
            var state = await page.EvaluateAsync<string>("""
                () => `state=${document.body.dataset.state}; selected=${window.graphView.cy.$(':selected').map(n => n.id()).join(',')}; ` +
                      `details=${document.getElementById('details').textContent.slice(0, 200)}`
                """);
            Assert.Fail($"clicking the deployment around ({at[0]:F0}, {at[1]:F0}) did not show it within 5 s at any of 5 points in its body: {state}");
        }

        await page.WaitForSelectorAsync("body[data-state='ready']");

        var screenshot = Path.Combine(Neo4jServer.RepositoryRoot(), "docs", "explore-north-korea.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Empty(failed);
    }

    [Fact]
    public async Task Moving_the_as_of_date_back_redraws_the_treaty_as_it_was_known_then()
    {
        const string entryIntoForce = "russia-dprk-treaty-entry-into-force-2024-12-04";
        var page = await api.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await page.GotoAsync(new Uri(api.BaseAddress, "/explore?id=russia-dprk-strategic-partnership-treaty").ToString());
        await page.WaitForSelectorAsync("body[data-state='ready']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        Assert.Equal(1, await page.Locator($"#drawn-nodes li[data-id='{entryIntoForce}']").CountAsync());
        var before = await page.Locator("#drawn-nodes li").CountAsync();

        // 12 November 2024: North Korea had ratified, the treaty was not yet in force (Interfax reported it on 5 December).
        await page.FillAsync("#as-of", "2024-11-12");
        await page.WaitForFunctionAsync(
            "id => document.body.dataset.state === 'ready' && !document.querySelector(`#drawn-nodes li[data-id='${id}']`) && document.querySelectorAll('#drawn-nodes li').length > 0",
            entryIntoForce, new PageWaitForFunctionOptions { Timeout = 30_000 });

        Assert.Equal(1, await page.Locator("#drawn-nodes li[data-id='north-korea-ratifies-strategic-partnership-treaty']").CountAsync());
        Assert.True(await page.Locator("#drawn-nodes li").CountAsync() < before);
        Assert.Contains("asOf=2024-11-12", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ide_loads_from_the_api_itself_and_runs_an_example_operation()
    {
        var page = await api.Browser.NewPageAsync();
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (api.IsOutside(request.Url))
            {
                external.Add(request.Url);
            }
        };
        var answered = page.WaitForResponseAsync(r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Request.Method == "POST" && (r.Request.PostData ?? "").Contains("WhoSaidUpTo12000", StringComparison.Ordinal));

        await page.GotoAsync(new Uri(api.BaseAddress, "/graphql").ToString());
        await page.WaitForSelectorAsync(".graphiql-execute-button", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.ClickAsync(".graphiql-execute-button");
        var response = await answered;

        Assert.Equal(200, response.Status);
        var body = await response.TextAsync();
        Assert.Contains("US intelligence", body, StringComparison.OrdinalIgnoreCase);
        await page.WaitForFunctionAsync("() => document.querySelector('.graphiql-response')?.textContent.includes('totalCount')",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.Empty(external);
    }
}

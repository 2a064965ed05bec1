// Downloads of the report (CSV or Excel) for any range, and the printable daily report. The
// API wants the manager's token in a header, so a download is fetched and handed over as a file.
import { page, server } from './servers.js';

const $ = id => document.getElementById(id);

export function wireExports(token, today) {
  $('from').value = $('from').value || today;
  $('to').value = $('to').value || today;
  $('export-csv').onclick = () => download(token, 'csv');
  $('export-xlsx').onclick = () => download(token, 'xlsx');
  const daily = () => { $('daily-report').href = page(`/report?date=${$('from').value}`); };
  $('from').onchange = daily;
  daily();
}

async function download(token, format) {
  const q = new URLSearchParams({ from: $('from').value, to: $('to').value, by: $('by').value, format });
  const res = await fetch(`${server()}/api/v1/stats?${q}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) return;
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? `report.${format}`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

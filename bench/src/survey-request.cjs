// autocannon worker hook (a file: workers cannot receive functions): each request is a new citizen's
// answer with its own client id, as the kiosk and the survey page send them.
const { randomUUID } = require('node:crypto');

module.exports = (request) => {
  const score = () => 1 + Math.floor(Math.random() * 4);
  const answers = {};
  for (let i = 1; i <= 9; i += 1) answers[`U${i}`] = score();
  request.body = JSON.stringify({ clientId: randomUUID(), answers, channel: 'KIOSK', sex: 'P', age: 30 });
  return request;
};
